import { useCatalogue } from '../src/ui/i18n.ts';
import { flatMessages } from '../src/ui/locales/index.ts';

useCatalogue(flatMessages('en'));
