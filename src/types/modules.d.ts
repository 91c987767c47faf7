// packages that ship no type declarations
declare module 'human-names' {
  const names: Record<string, string[]>
  export default names
}
