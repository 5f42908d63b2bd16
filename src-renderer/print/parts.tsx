/** Pieces the printed documents share: the heading with its facts, and the signature lines. */

/** The document's title and what it is about (label, value), as a two-column list. */
export function DocumentHeader({ title, facts }: { title: string; facts: Array<[label: string, value: string]> }) {
  return (
    <header className="vk-doc-header">
      <h1>{title}</h1>
      <dl className="vk-facts">
        {facts.map(([label, value]) => (
          <div key={label} className="vk-fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}

/** Blank lines to sign on, each with its label beneath (signature, name in block letters, date). */
export function CompanySignature({ lines }: { lines: string[] }) {
  return (
    <div className="vk-sign-block">
      {lines.map((label) => (
        <div key={label} className="vk-sign-field">
          <div className="vk-sign-space" aria-hidden />
          <div className="vk-sign-label">{label}</div>
        </div>
      ))}
    </div>
  );
}
