// Admin's configuration, replacing the one Camunda ships (app/admin/scripts/config.js).
// Languages: Chinese, English and German, chosen as app/language/language.js says; texts in ../locales/<code>.json.
import { locales, text } from '../../language/language.js';

export default {
  // the name after "Camunda" in the header and the window's title
  app: { name: text({ en: 'Admin', zh: '管理' }) },
  locales: locales(),
  customScripts: ['../language/language-switch']
};
