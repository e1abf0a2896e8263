import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { startExtraction } from '../../components/popup-extraction';
import '../../assets/reader.css';
import './popup-size.css';

// Reading the page starts before the first render; the popup picks the result up when it mounts.
const firstRun = startExtraction();
render(<Popup firstRun={firstRun} />, document.getElementById('app')!);
