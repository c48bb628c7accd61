// Gives every [data-case] element on the page the raw case JSON from <script id="case-data">,
// as an integrator's own script would (a property set before or after the element upgrades).
const raw = JSON.parse(document.getElementById('case-data').textContent);
for (const el of document.querySelectorAll('[data-case]')) el.case = raw;
