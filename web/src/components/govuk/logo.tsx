import { crownDots, crownPath, logotypeDot, logotypePath } from "./logo-paths.ts";

/** The GOV.UK logo as `govukLogo()` draws it: the crown, and the GOV.UK logotype unless `crownOnly`. */
export function GovukLogo({
  className,
  label,
  crownOnly = false,
}: {
  className: string;
  label?: string;
  crownOnly?: boolean;
}) {
  const width = crownOnly ? 32 : 162;
  return (
    <svg
      focusable="false"
      role={label ? "img" : "presentation"}
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${width * 2} 60`}
      height="30"
      width={width}
      fill="currentcolor"
      className={className}
      aria-label={label}
    >
      {label ? <title>{label}</title> : null}
      <g>
        {crownDots.map(([cx, cy]) => (
          <circle key={`${cx},${cy}`} cx={cx} cy={cy} r="3.7" />
        ))}
        <path d={crownPath} />
      </g>
      {crownOnly ? null : (
        <>
          <circle className="govuk-logo-dot" cx={logotypeDot.cx} cy={logotypeDot.cy} r={logotypeDot.r} />
          <path d={logotypePath} />
        </>
      )}
    </svg>
  );
}
