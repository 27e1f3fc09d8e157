/// The report's style sheet, inlined in the HTML: readable on screen, A4 in print, each
/// chapter on a new page; colours with enough contrast for text.
enum ReportStyle {
    static let css = """
        @page { size: A4; margin: 18mm 16mm; }
        :root { --ink: #1b1f24; --muted: #4a5560; --rule: #c9d1d9; --band: #f2f5f8; --accent: #0b4f7c; }
        html { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: var(--ink); line-height: 1.5; }
        body { margin: 0 auto; max-width: 60rem; padding: 1.5rem 2rem 4rem; }
        h1 { font-size: 2rem; line-height: 1.2; color: var(--accent); margin: 0.2rem 0 1rem; }
        h2 { font-size: 1.5rem; color: var(--accent); border-bottom: 2px solid var(--accent); padding-bottom: 0.2rem; }
        h3 { font-size: 1.2rem; margin-top: 2rem; }
        h4 { font-size: 1.02rem; margin: 1.5rem 0 0.4rem; }
        .kicker { text-transform: uppercase; letter-spacing: 0.08em; color: var(--muted); margin: 0; }
        .meta { color: var(--muted); font-size: 0.9rem; }
        nav ol { columns: 2; list-style: none; padding-left: 0; }
        nav a { color: var(--accent); }
        table { border-collapse: collapse; width: 100%; margin: 0.8rem 0 0.4rem; font-size: 0.88rem; }
        caption { text-align: left; font-weight: bold; padding-bottom: 0.3rem; }
        caption.repeat { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
        th, td { border: 1px solid var(--rule); padding: 0.3rem 0.45rem; vertical-align: top; text-align: left; }
        thead th { background: var(--band); }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        tr.total th, tr.total td { font-weight: bold; background: var(--band); }
        .negative { color: #9b1c1c; }
        .note { font-size: 0.85rem; color: var(--muted); }
        .checks { border: 2px solid #b3261e; background: #fdf3f2; padding: 0.5rem 1rem; margin: 1rem 0; }
        .checks h2 { color: #b3261e; margin-top: 0.25rem; }
        .finding { border-left: 4px solid var(--accent); padding: 0.1rem 0 0.1rem 0.9rem; margin: 1.2rem 0; }
        .conclusion { background: var(--band); padding: 0.5rem 0.8rem; }
        figure.quote { margin: 0.6rem 0 0.6rem 1rem; }
        figure.quote blockquote { margin: 0; font-style: italic; }
        figure.quote figcaption { font-size: 0.85rem; color: var(--muted); }
        .rating { display: inline-block; padding: 0 0.4rem; border-radius: 0.2rem; color: #fff; }
        .r0 { background: #1b6e3a; } .r1 { background: #4f7f1d; } .r2 { background: #a35a00; }
        .r3 { background: #a31c1c; } .r4 { background: #6b1010; } .rx { background: #5f6b76; }
        svg { max-width: 100%; height: auto; }
        pre { white-space: pre-wrap; font-size: 0.8rem; background: var(--band); padding: 0.6rem; }
        .chapter { break-before: page; }
        table, figure, .finding { break-inside: avoid; }
        h2, h3, h4 { break-after: avoid; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          nav a { color: inherit; text-decoration: none; }
          a[href^="#"]::after { content: ""; }
        }
        """
}
