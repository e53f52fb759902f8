// Cockpit's configuration, replacing the one Camunda ships (app/cockpit/scripts/config.js).
// Languages: Chinese, English and German, chosen as app/language/language.js says; texts in ../locales/<code>.json.
import { locales } from '../../language/language.js';

export default {
  locales: locales(),
  customScripts: ['../language/language-switch']
};
