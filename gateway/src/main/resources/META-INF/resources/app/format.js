// Numbers as the API gives them: decimal strings, shifted and trimmed as strings so that no float rounding can
// change a figure on the way to the screen (554980000000.00 元 shows as 5549.8 亿元, 0.4512 as 45.12 %).

/** The decimal string `value` × 10^places (places may be negative), trailing zeros dropped. */
export function shiftDecimal(value, places) {
  if (value === null || value === undefined || value === '') return '';
  const text = String(value).trim();
  const negative = text.startsWith('-');
  const unsigned = negative || text.startsWith('+') ? text.slice(1) : text;
  if (!/^\d*(\.\d*)?$/.test(unsigned)) return text;
  const [whole, fraction = ''] = unsigned.split('.');
  let digits = (whole || '0') + fraction;
  let point = (whole || '0').length + places;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  } else if (point > digits.length) {
    digits = digits + '0'.repeat(point - digits.length);
  }
  const integer = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const decimals = digits.slice(point).replace(/0+$/, '');
  const result = decimals ? `${integer}.${decimals}` : integer;
  return negative && /[1-9]/.test(result) ? `-${result}` : result;
}

/** A Money of the API (CNY, amount in 元) in 亿元, as plan offices write investment. */
export function yi(money) {
  if (!money || money.amount === undefined || money.amount === null) return '—';
  return shiftDecimal(money.amount, -8);
}

/** A fraction (0.4512) as a percentage (45.12). */
export function percent(fraction) {
  if (fraction === null || fraction === undefined || fraction === '') return '—';
  return shiftDecimal(fraction, 2);
}

/** A value or a dash. */
export function orDash(value) {
  return value === null || value === undefined || value === '' ? '—' : String(value);
}

/** Today as YYYY-MM-DD in the browser's time zone. */
export function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The last part of a resource name: plans/xinzheng-14th-fyp-outline → xinzheng-14th-fyp-outline. */
export function idOf(name) {
  return name ? String(name).split('/').pop() : '';
}
