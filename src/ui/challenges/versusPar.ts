/** A score against par in words, as golf says it; the words carry it, never a colour alone. */
export function versusPar(score: number, par: number): string {
  if (score === par) return 'at par';
  const d = Math.abs(score - par);
  return `${d} ${score < par ? 'under' : 'over'} par`;
}
