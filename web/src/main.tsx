import { render } from "preact";
import { App } from "./app";
import { startI18n } from "./i18n";
import "./styles.css";

// The page renders once the catalogue of its language is in (one small chunk).
void startI18n().then(() => render(<App />, document.getElementById("app")!));
