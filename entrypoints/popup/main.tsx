import { render } from 'preact';
import { Popup } from '../../components/Popup';
import '../../assets/reader.css';
import './popup-size.css';

render(<Popup />, document.getElementById('app')!);
