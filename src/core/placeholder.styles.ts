/**
 * The pre-upgrade and loading stylesheet (`dist/cdn/klar.css`; the CDN loader adopts the same
 * rules into the document): every element holds the block size it will have, before its
 * definition arrives and while `<klar-case>` fetches the case, so nothing on the page moves
 * when it draws (Cumulative Layout Shift, https://web.dev/articles/cls). Link it in the page's
 * `<head>`, before the first paint: `<link rel="stylesheet" href="…/dist/cdn/klar.css">`.
 *
 * The sizes are what is known before the data: the status and timeline take most of a screen
 * while the case loads, and while they wait for a part their case needs (core/case-view.ts
 * casePart; `:state(loading)`) (the case itself is longer on every phone, so what follows them is
 * off screen before and after); a card badge its closed size for the built-in principle texts, also
 * while it waits for its explanation (`:state(loading)`; a separate rule, as a browser without
 * `:state()` drops the whole rule); the feedback form its pre-upgrade size while its first draw
 * waits (for its full or report questions, or a language pack).
 * Pre-upgrade content stays visible (it is the author's text, and the page without JavaScript).
 * Space is held before the upgrade only where scripts run (`@media (scripting: enabled)`): without
 * JavaScript no definition comes, and the page showed empty boxes of up to a screen (1,080 px on a
 * phone for a case's status and timeline); a browser that does not know the query holds none.
 * A server-rendered element (klar-elements/ssr) already has its size: no reservation (the last
 * rule; a separate rule, so a browser without `:has` drops only it). An element whose file could not
 * be loaded (`data-klar-failed`, set by the loader) keeps no space beyond its sentence, and a
 * failed `<klar-case>` hides the status and timeline in it, which would wait for it for ever.
 *
 * Plain CSS text, no Lit: the loader imports it and imports nothing else. It lives in its own
 * module so element styles (shadow or light DOM) stay each element's own.
 */
export const placeholderCss = `
:is(klar-case,klar-case-status,klar-expectation-timeline,klar-feedback-form,klar-principles):not(:defined):not([hidden]){display:block}
@media (scripting:enabled){klar-case:not(:defined) :is(klar-case-status:not([variant=compact]),klar-expectation-timeline),
klar-case-status:not(:defined):not([variant=compact]),klar-expectation-timeline:not(:defined){min-block-size:min(60vh,36rem)}
klar-case:not(:defined) klar-case-status[variant=compact],klar-case-status[variant=compact]:not(:defined){min-block-size:4.5rem}
klar-principle-badge[variant=card]:not(:defined):not([hidden]){display:block;min-block-size:17rem}
klar-feedback-form:not(:defined){min-block-size:9rem}}
@media (scripting:enabled) and (max-width:60rem){klar-principle-badge[variant=card]:not(:defined):not([hidden]){min-block-size:22rem}}
@media (scripting:enabled) and (max-width:30rem){klar-principle-badge[variant=card]:not(:defined):not([hidden]){min-block-size:24.5rem}}
klar-case:state(loading) :is(klar-case-status:not([variant=compact]),klar-expectation-timeline),:is(klar-case-status:not([variant=compact]),klar-expectation-timeline):state(loading){min-block-size:min(60vh,36rem)}
klar-case:state(loading) klar-case-status[variant=compact],klar-case-status[variant=compact]:state(loading){min-block-size:4.5rem}
klar-principle-badge[variant=card]:state(loading){display:block;min-block-size:17rem}
@media (max-width:60rem){klar-principle-badge[variant=card]:state(loading){min-block-size:22rem}}
@media (max-width:30rem){klar-principle-badge[variant=card]:state(loading){min-block-size:24.5rem}}
klar-feedback-form:state(loading){min-block-size:9rem}
[data-klar-failed]{display:block;min-block-size:auto!important}
klar-case[data-klar-failed] :is(klar-case-status,klar-expectation-timeline){display:none!important}
klar-case :is(klar-case-status,klar-expectation-timeline):has(>.klar-root[data-klar-ssr]),:is(klar-case-status,klar-expectation-timeline):has(>.klar-root[data-klar-ssr]){min-block-size:auto}
`;
