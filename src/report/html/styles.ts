/** The report's styles: readable tables, marks that stand out in the text, and the one a link lands on outlined. */
export const STYLES = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #5b5b5b; --line: #d8d8d8; --figure: #fff1b8; --quote: #e6f0ff; --date: #e9f7e9; --conflict: #c00000; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); margin: 0 auto; max-width: 1100px; padding: 1rem 1.5rem 4rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { margin-top: 2.5rem; border-bottom: 1px solid var(--line); } h3 { margin-top: 1.8rem; }
nav ul { display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; list-style: none; padding: 0; }
a { color: #0645ad; } a:focus-visible, [tabindex]:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0; font-size: .92rem; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: #f4f4f4; }
.status { font-weight: 600; padding: .05rem .4rem; border-radius: 3px; border: 1px solid currentColor; }
.status-conflict, .status-mixed { color: var(--conflict); } .status-agree { color: #1d6b1d; } .status-revised { color: #8a5a00; }
.glance { display: flex; flex-wrap: wrap; gap: 1rem; } .glance div { border: 1px solid var(--line); padding: .5rem .8rem; border-radius: 4px; }
.glance strong { display: block; font-size: 1.4rem; }
.text { white-space: pre-wrap; border-left: 3px solid var(--line); padding-left: 1rem; }
.figure { background: var(--figure); border-bottom: 2px solid #c9a400; } .quote { background: var(--quote); } .date { background: var(--date); }
.figure:target { outline: 3px solid var(--conflict); outline-offset: 2px; scroll-margin: 30vh; }
.note { color: var(--muted); font-size: .9rem; }
.legend-key span { padding: 0 .3rem; margin-right: .6rem; }
`;
