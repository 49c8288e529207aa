export const FONT_SIZE = 14
export const HOME_FONT_SIZE = 15
export const R = 6 // city marker radius
export const HOME_R = 10 // home star outer radius
export const HIT_R = 14 // invisible hit target: 28 × 28

export const round = (n: number) => Math.round(n * 10) / 10
