declare module 'jsbarcode/bin/barcodes/CODE128/CODE128_AUTO.js' {
  const CODE128: unknown;
  export default CODE128;
}
