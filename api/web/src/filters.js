// The graph's filter bar: stance types (the colour legend of the edges), depth, and a date range
// slider over the dates of the stances around the actor. It calls onChange with the filters.
import { fill, h } from "./dom.js";
import { KIND_COLOURS, STANCE_TYPES } from "./vocabulary.js";

export class Filters {
  constructor(element, onChange) {
    this.element = element;
    this.onChange = onChange;
    this.types = new Set(STANCE_TYPES);
    this.depth = 1;
    this.dates = [];
    this.from = 0;
    this.to = 0;
    this.render();
  }

  /** The filters as query parameters of /actors/{id}/neighbourhood and /export. */
  params() {
    const all = this.types.size === STANCE_TYPES.length;
    const ranged = this.dates.length > 1 && (this.from > 0 || this.to < this.dates.length - 1);
    return {
      depth: this.depth,
      types: all ? null : [...this.types].join(",") || "none",
      since: ranged ? this.dates[this.from] : null,
      until: ranged ? this.dates[this.to] : null,
    };
  }

  /** Set the dates the slider runs over (sorted, distinct) and reset the range to all of them. */
  setDates(dates) {
    this.dates = dates;
    this.from = 0;
    this.to = Math.max(dates.length - 1, 0);
    this.renderDates();
  }

  render() {
    const depth = h("select", { id: "depth", "aria-label": "depth", onchange: (event) => {
      this.depth = Number(event.target.value);
      this.onChange(this.params(), { depthChanged: true });
    } }, [1, 2, 3].map((d) => h("option", { value: d, selected: d === this.depth }, `depth ${d}`)));
    const types = h("fieldset", { class: "types" }, h("legend", {}, "Stance types (dashed: negative)"),
      STANCE_TYPES.map((type) => h("label", { class: "type-toggle" },
        h("input", { type: "checkbox", name: "type", value: type, checked: this.types.has(type),
          onchange: (event) => {
            if (event.target.checked) this.types.add(type); else this.types.delete(type);
            this.onChange(this.params(), {});
          } }),
        h("span", { class: `swatch type-${type}` }), type)));
    const kinds = h("div", { class: "kinds" }, Object.keys(KIND_COLOURS).map((kind) =>
      h("span", { class: "kind" }, h("span", { class: `swatch kind-${kind}` }), kind)));
    this.dateBox = h("div", { class: "dates" });
    fill(this.element, h("div", { class: "row" }, depth, this.dateBox), types, kinds);
    this.renderDates();
  }

  renderDates() {
    if (this.dates.length < 2) {
      fill(this.dateBox, h("span", { class: "muted", id: "date-range" },
        this.dates.length ? `dated ${this.dates[0]}` : "no dated stances here"));
      return;
    }
    const last = this.dates.length - 1;
    const label = h("span", { id: "date-range" });
    const update = () => { label.textContent = `${this.dates[this.from]} – ${this.dates[this.to]}`; };
    const slider = (name, value, set) => h("input", {
      type: "range", min: 0, max: last, step: 1, value, "aria-label": name, id: `date-${name}`,
      oninput: (event) => { event.target.value = String(set(Number(event.target.value))); update(); },
      onchange: () => this.onChange(this.params(), {}),
    });
    const since = slider("since", this.from, (v) => (this.from = Math.min(v, this.to)));
    const until = slider("until", this.to, (v) => (this.to = Math.max(v, this.from)));
    update();
    fill(this.dateBox, "from ", since, " to ", until, " ", label);
  }
}
