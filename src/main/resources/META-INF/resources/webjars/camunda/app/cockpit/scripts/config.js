// Cockpit's configuration, replacing the one Camunda ships (app/cockpit/scripts/config.js).
// Languages: Chinese, English and German, chosen as app/language/language.js says; texts in ../locales/<code>.json.
import { ASSOCIATION, locales, text } from '../../language/language.js';

export default {
  // the header and the window's title: the association's name ("vendor", Camunda's by default), then the app's
  app: { vendor: text(ASSOCIATION), name: text({ en: 'Cockpit', zh: '驾驶舱' }) },
  locales: locales(),
  customScripts: ['../language/language-switch', '../association/association', '../dashboard/dashboard']
};
