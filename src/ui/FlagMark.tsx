/** RedFlag's mark: a small red flag, drawn inline so every warning carries it without loading a file. */
export function FlagMark({ size = 20 }: { size?: number }) {
  return (
    <svg class="mark" width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <rect x="3" y="2" width="2" height="17" rx="1" fill="currentColor" />
      <path d="M5 3h11l-3 4 3 4H5z" fill="#d93025" stroke="#fff" stroke-width="0.8" />
    </svg>
  );
}
