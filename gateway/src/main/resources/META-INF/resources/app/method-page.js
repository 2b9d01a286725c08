// 评估方法说明: the method behind every reading, as the API publishes it (the reports print it as their annex).
import { get } from './api.js';
import { h, show } from './dom.js';

export async function methodPage() {
  const method = await get('/api/v1/evaluation-method');
  show(h('h1', {}, method.title),
    ...method.sections.map((section) => h('section', { class: 'panel method' }, h('h2', {}, section.heading),
      ...section.paragraphs.map((text) => h('p', {}, text)))));
}
