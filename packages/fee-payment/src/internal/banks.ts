// Names of the banks most VietQR transfers go to, by NAPAS BIN; an unknown BIN shows as the BIN.
const BANKS: Readonly<Record<string, string>> = {
  '970436': 'Vietcombank',
  '970415': 'VietinBank',
  '970418': 'BIDV',
  '970405': 'Agribank',
  '970422': 'MB',
  '970407': 'Techcombank',
  '970416': 'ACB',
  '970432': 'VPBank',
  '970423': 'TPBank',
  '970403': 'Sacombank',
  '970441': 'VIB',
  '970443': 'SHB',
};

export function bankName(bin: string): string {
  return BANKS[bin] ? `${BANKS[bin]} (${bin})` : bin;
}
