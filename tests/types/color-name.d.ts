// color-name ships no types: the CSS named colours, each as [red, green, blue].
declare module 'color-name' {
  const colorNames: Readonly<Record<string, readonly [number, number, number]>>
  export default colorNames
}
