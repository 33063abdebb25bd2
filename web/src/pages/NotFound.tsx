import { useTitle } from "../lib/debounce";

export default function NotFound() {
  useTitle("Page not found");
  return (
    <div class="page">
      <h1>Page not found</h1>
      <p>
        There is no page at this address. <a href="/">Search</a> or see the <a href="/clusters">clusters</a>.
      </p>
    </div>
  );
}
