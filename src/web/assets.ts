/** The one stylesheet, served from /static/chorus.css (a same-origin file keeps the CSP strict: no inline styles). */
export const STYLESHEET = `
:root{--ink:#1d2330;--muted:#5b6474;--line:#e3e6ec;--bg:#f6f7f9;--card:#fff;--accent:#1f5fbf;--accent-soft:#e8f0fc;--shared:#fff4c2;--exclusive:#dff3e4;--del:#fde2e2;--ins:#dff3e4;--radius:10px}
*{box-sizing:border-box}
html{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--ink);background:var(--bg)}
body{margin:0}
a{color:var(--accent);text-decoration:none}a:hover,a:focus{text-decoration:underline}
main p a,main li a:not(.chip),main td a{text-decoration:underline;text-underline-offset:2px}
a:focus-visible,button:focus-visible,input:focus-visible,summary:focus-visible,textarea:focus-visible,select:focus-visible{outline:3px solid #7aa7ec;outline-offset:2px}
.top{background:#17202f;color:#fff;padding:.7rem 1.5rem;display:flex;gap:1.5rem;align-items:center;flex-wrap:wrap}
.top .brand{font-weight:700;font-size:1.15rem;color:#fff;letter-spacing:.02em}
.top nav a{color:#d5def0;margin-right:1rem}
.top form{margin-left:auto;display:flex;gap:.4rem}
.top input[type=search]{border:0;border-radius:6px;padding:.4rem .6rem;min-width:16rem}
button,.button{background:var(--accent);color:#fff;border:0;border-radius:6px;padding:.45rem .9rem;font:inherit;cursor:pointer}
main{max-width:1280px;margin:0 auto;padding:1.5rem}
h1{font-size:1.7rem;line-height:1.25;margin:.2rem 0 .6rem}h2{font-size:1.2rem;margin:2rem 0 .8rem}h3{font-size:1rem;margin:.2rem 0}
.muted{color:var(--muted)}.small{font-size:.86rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:var(--radius);padding:1rem 1.2rem;margin-bottom:.9rem}
.story-card{display:grid;grid-template-columns:1fr 140px;gap:1rem;align-items:center}
.chips{display:flex;flex-wrap:wrap;gap:.35rem;margin:.4rem 0;padding:0;list-style:none}
.chip{background:var(--accent-soft);color:#163f7d;border-radius:999px;padding:.1rem .6rem;font-size:.85rem}
.chip.person{background:#efe7fb;color:#4b2a86}.chip.organization{background:#e5f4f1;color:#145c4c}.chip.place{background:#fbefe2;color:#7a4411}
.filters{display:flex;gap:.6rem;flex-wrap:wrap;align-items:end;margin-bottom:1rem}
.filters label{display:flex;flex-direction:column;font-size:.8rem;color:var(--muted)}
.filters input,.filters select{font:inherit;padding:.3rem .5rem;border:1px solid var(--line);border-radius:6px;background:#fff}
.columns{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(300px,1fr);gap:1rem;overflow-x:auto;padding-bottom:.5rem}
@media (max-width:900px){.columns{grid-auto-flow:row;grid-auto-columns:auto}.story-card{grid-template-columns:1fr}}
.column{background:var(--card);border:1px solid var(--line);border-radius:var(--radius);padding:1rem}
.column header{border-bottom:1px solid var(--line);margin-bottom:.7rem;padding-bottom:.6rem}
.column .outlet{font-weight:700;text-transform:uppercase;font-size:.8rem;letter-spacing:.05em;color:var(--muted)}
.column p{margin:.5rem 0;font-size:.93rem}
.s-shared{background:var(--shared)}.s-exclusive{background:var(--exclusive)}
.legend span{display:inline-block;padding:0 .4rem;border-radius:4px;margin-right:.6rem}
details.family{background:var(--card);border:1px solid var(--line);border-radius:var(--radius);padding:.8rem 1rem;margin-bottom:.7rem}
details.family summary{cursor:pointer;font-weight:600}
.rendering{border-left:3px solid var(--line);padding:.3rem .8rem;margin:.6rem 0}
.rendering.earliest{border-color:var(--accent)}
.badge{display:inline-block;font-size:.75rem;border-radius:4px;padding:0 .4rem;background:#eceff4;color:#333;margin-right:.4rem;text-transform:uppercase;letter-spacing:.03em}
.badge.earliest{background:var(--accent);color:#fff}
del{background:var(--del);text-decoration:line-through;color:#8a1c1c}ins{background:var(--ins);text-decoration:none;color:#145c2c}
blockquote{margin:.3rem 0;font-style:italic}
table{border-collapse:collapse;width:100%;background:var(--card)}th,td{text-align:left;padding:.45rem .6rem;border-bottom:1px solid var(--line);vertical-align:top}
.timeline svg{width:100%;height:auto;background:var(--card);border:1px solid var(--line);border-radius:var(--radius)}
.timeline text{font-size:12px;fill:var(--ink)}.timeline .axis{stroke:#9aa3b2}.timeline .dot{fill:var(--accent)}
.hit mark{background:var(--shared);color:inherit}
textarea{width:100%;min-height:12rem;font:inherit;padding:.6rem;border:1px solid var(--line);border-radius:6px}
.grid2{display:grid;grid-template-columns:2fr 1fr;gap:1.2rem}@media (max-width:900px){.grid2{grid-template-columns:1fr}}
.why{font-size:.9rem}
.pager{margin-top:1rem}
.notice{background:#fff8e1;border:1px solid #f1d98a;border-radius:var(--radius);padding:.7rem 1rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
`;
