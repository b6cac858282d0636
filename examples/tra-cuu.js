// The lookup page: `?ma=<code>&xac-thuc=<secret>` (the link printed on the receipt) opens the dossier at
// once; without them the citizen types or scans both. Attributes, not properties: the bundle may load later.
const params = new URLSearchParams(location.search);
const code = params.get('ma');
const verification = params.get('xac-thuc');
const tracker = document.getElementById('tracker');

if (code) tracker.setAttribute('dossier-code', code);
if (verification) tracker.setAttribute('verification', verification);
