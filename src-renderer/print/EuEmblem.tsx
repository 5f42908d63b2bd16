/** The EU emblem drawn from its geometry (src-shared/domain/euEmblem.ts). */
import { EU_BLUE, EU_GOLD, HEIGHT, STAR_RADIUS, WIDTH, starCentres, starPoints } from '@shared/domain/euEmblem';

/** The emblem as an image with its name (the funding statement beside it says what it stands for). */
export function EuEmblem({ label, height = '12mm' }: { label: string; height?: string }) {
  return (
    <svg
      className="vk-eu-emblem"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      style={{ height, width: 'auto', aspectRatio: '3 / 2' }}
      role="img"
      aria-label={label}
      data-testid="eu-emblem"
    >
      <rect width={WIDTH} height={HEIGHT} fill={EU_BLUE} />
      {starCentres().map(([x, y], i) => (
        <polygon
          key={i}
          points={starPoints(x, y, STAR_RADIUS)
            .map((p) => p.join(','))
            .join(' ')}
          fill={EU_GOLD}
        />
      ))}
    </svg>
  );
}
