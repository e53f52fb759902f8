// Tasklist's configuration, replacing the one Camunda ships (app/tasklist/scripts/config.js): the same keyboard
// shortcuts, described in the user's language.
// Languages: Chinese, English and German, chosen as app/language/language.js says; texts in ../locales/<code>.json.
import { ASSOCIATION, locales, text } from '../../language/language.js';

export default {
  // the header and the window's title: the association's name ("vendor", Camunda's by default), then the app's
  app: { vendor: text(ASSOCIATION), name: text({ en: 'Tasklist', zh: '任务列表' }) },
  locales: locales(),
  customScripts: ['../language/language-switch', '../association/association', '../language/date-picker',
    '../language/one-language', '../language/form-texts', 'scripts/filter-counts', 'scripts/record-pages',
    'scripts/task-mail', 'scripts/full-number'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: text({ en: 'claims the currently selected task', de: 'beansprucht die ausgewählte Aufgabe',
        zh: '认领当前选中的任务' })
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: text({ en: 'set the focus to the first filter in the list',
        de: 'setzt den Fokus auf den ersten Filter der Liste', zh: '将焦点移到列表中的第一个过滤器' })
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: text({ en: 'sets the focus to the first task in the list',
        de: 'setzt den Fokus auf die erste Aufgabe der Liste', zh: '将焦点移到列表中的第一个任务' })
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: text({ en: 'sets the focus to the first input field in a task form',
        de: 'setzt den Fokus auf das erste Eingabefeld des Aufgabenformulars', zh: '将焦点移到任务表单的第一个输入框' })
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: text({ en: 'opens the start process modal dialog', de: 'öffnet den Dialog „Prozess starten“',
        zh: '打开“启动流程”对话框' })
    }
  }
};
