import { NotFoundView } from "../components/common";
import { t } from "../i18n";
import { useTitle } from "../lib/debounce";

export default function NotFound() {
  useTitle(t("notFound.title"));
  return <NotFoundView />;
}
