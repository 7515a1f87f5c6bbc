// Text files bundled into the renderer at build time (Vite's `?raw` import).
declare module '*.md?raw' {
  const text: string
  export default text
}
