import { SORTABLE_CSS } from "./sortable-table";

// The report's one style sheet, inline. Colours keep text contrast at 4.5:1 or more against
// the page (#f6f7f9) and the cards (#fff): body text #1d1d1f (15.7:1), muted #595959 (6.5:1 on
// the page), links #0b5cad (6.2:1), a good trend #146c2e (6.5:1), a bad one #b3261e (6.5:1),
// the small-sample flag #5c4400 on #fff4ce (8.4:1).
export const REPORT_STYLE = `${SORTABLE_CSS}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#f6f7f9;overflow-wrap:break-word}
.page{max-width:1240px;margin:0 auto;padding:0 16px 32px}
header{padding:24px 0 8px}
h1{font-size:26px;line-height:1.25;margin:0 0 4px}h2{margin:0 0 8px;font-size:20px}
h3{margin:20px 0 6px;font-size:16px}
.muted,figcaption{color:#595959}
a{color:#0b5cad}
nav{background:#f6f7f9;border-top:1px solid #d9dce1;border-bottom:1px solid #d9dce1}
@media (min-width:900px){nav{position:sticky;top:0;z-index:1}}
nav ul{display:flex;flex-wrap:wrap;gap:2px 16px;list-style:none;margin:0 auto;max-width:1240px;padding:6px 16px}
section{margin:32px 0;scroll-margin-top:64px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,250px),1fr));gap:12px;margin:16px 0}
.card{background:#fff;border-radius:8px;padding:12px 16px;box-shadow:0 1px 2px #0002;min-width:0}
.card h3{margin:0;font-size:15px;font-weight:600}
.card h3 a{color:inherit;text-decoration:none}
.card .basis{font-weight:400;color:#595959;font-size:13px;white-space:nowrap}
.card p{margin:2px 0;font-size:14px}
.card .value{font-size:30px;font-weight:700;line-height:1.2;margin:4px 0}
.card .unit{font-size:16px;font-weight:600}
.trend{font-weight:600}.trend .verdict{font-weight:400;color:#595959}
.trend.good{color:#146c2e}.trend.bad{color:#b3261e}.trend.neutral{color:#1d1d1f}
.note{font-size:13px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.flag{display:inline-block;background:#fff4ce;color:#5c4400;border:1px solid #d9b400;border-radius:4px;padding:0 6px;font-size:13px;font-weight:600}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,460px),1fr));gap:12px;margin:12px 0}
figure{background:#fff;border-radius:8px;margin:0;padding:8px;box-shadow:0 1px 2px #0002;min-width:0}
figure svg{display:block;width:100%;height:auto}
figcaption{font-size:14px;margin:4px 0}
details summary{cursor:pointer;color:#0b5cad;font-size:14px}
table{border-collapse:collapse;background:#fff;width:100%}
td,th{border-bottom:1px solid #e3e5e8;padding:6px 8px;text-align:left;vertical-align:top}
.scroll{overflow-x:auto;max-width:100%}
.scroll:focus-visible,a:focus-visible,summary:focus-visible{outline:2px solid #0b5cad;outline-offset:2px}
.omitted li{margin:2px 0}
@media print{
  body{background:#fff;font-size:12px}
  nav{display:none}
  .page{max-width:none;padding:0}
  .card,figure{box-shadow:none;border:1px solid #ccc}
  .card,figure,tr{break-inside:avoid}
  h2,h3{break-after:avoid}
  .charts{grid-template-columns:1fr 1fr}
  details summary{display:none}
  details::details-content{content-visibility:visible;display:block}
  .scroll{overflow:visible}
}
`;
