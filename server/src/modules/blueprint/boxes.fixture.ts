/** Boxes between two meridians and two parallels: shapes whose areas and overlaps are known exactly. */

// Turf's area is spherical with the mean Earth radius, 6,371,008.8 m; on that sphere a box between two
// meridians and two parallels has exactly R²·Δλ·(sin φ₂ − sin φ₁).
const R = 6_371_008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;
export const boxAreaM2 = (w: number, s: number, e: number, n: number) =>
  R * R * rad(e - w) * (Math.sin(rad(n)) - Math.sin(rad(s)));
export const box = (w: number, s: number, e: number, n: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});

/** The box's corners joined crosswise: a bow-tie, whose edges cross in the middle. */
export const bowtie = (w: number, s: number, e: number, n: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [w, s],
      [e, n],
      [e, s],
      [w, n],
      [w, s],
    ],
  ],
});
