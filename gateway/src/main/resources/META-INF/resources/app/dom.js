// A small element builder, so that every text reaches the page as text (never as HTML).

/** h('td', {class: 'n'}, '12') → <td class="n">12</td>; children may be strings, nodes, arrays or null. */
export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      element.addEventListener(key.slice(2), value);
    } else if (key === 'dataset') {
      Object.assign(element.dataset, value);
    } else {
      element.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** A table with a header row and one row per item; `cells(item)` gives the row's cells. */
export function table(headers, items, cells, attributes) {
  return h('table', attributes || {},
    h('thead', {}, h('tr', {}, headers.map((title) => h('th', {}, title)))),
    h('tbody', {}, items.map((item) => {
      const row = cells(item);
      return row instanceof Node ? row : h('tr', {}, row.map((cell) => cell instanceof Node && cell.tagName === 'TD'
        ? cell : h('td', {}, cell)));
    })));
}

/** Replaces the page's content. */
export function show(...nodes) {
  const page = document.getElementById('page');
  page.replaceChildren(...nodes.flat().filter(Boolean));
  return page;
}

/** A field with its label. */
export function field(label, control) {
  return h('label', { class: 'field' }, h('span', {}, label), control);
}

/** A <select> of [value, text] options with `selected` chosen. */
export function select(name, options, selected, onchange) {
  return h('select', { name, onchange },
    options.map(([value, text]) => h('option', { value, selected: String(value) === String(selected ?? '') }, text)));
}
