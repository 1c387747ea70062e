// portal.js: the demo portal's own script, to show what a portal can do with the
// explainer: feed it a paste (its value attribute) and react to its decifra:explained.
const explainer = document.getElementById('explainer');

for (const b of document.querySelectorAll('button[data-explain]')) {
  b.addEventListener('click', () => {
    explainer.setAttribute('value', document.getElementById(b.dataset.explain).textContent);
    explainer.scrollIntoView({block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth'});
  });
}

// A portal might count explanations, or open a support form with the request id.
document.getElementById('explainer').addEventListener('decifra:explained', (e) => {
  const x = e.detail;
  document.getElementById('tracked').textContent =
    `Explained ${x.code || 'HTTP ' + x.http_status}${x.request_id ? ' (request ' + x.request_id + ')' : ''}: retry strategy “${x.retry.strategy}”.`;
});
