import { render } from 'preact';
import { pageApi } from '../../src/extension/page-api.ts';
import { addPageStyles } from '../../src/ui/page-styles.ts';
import { Popup } from '../../src/ui/Popup.tsx';

addPageStyles();
render(<Popup api={pageApi} />, document.getElementById('app')!);
