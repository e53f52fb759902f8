// Cockpit's configuration, replacing the one Camunda ships (app/cockpit/scripts/config.js).
// Languages: Chinese, English and German, chosen as app/language/language.js says; texts in ../locales/<code>.json.
import { locales, text } from '../../language/language.js';

export default {
  // the name after "Camunda" in the header and the window's title
  app: { name: text({ en: 'Cockpit', zh: '驾驶舱' }) },
  locales: locales(),
  customScripts: ['../language/language-switch']
};
