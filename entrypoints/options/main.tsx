import { render } from 'preact';
import { OptionsPage } from '../../components/options/OptionsPage';
import '../../assets/reader.css';
import './options.css';

render(<OptionsPage />, document.getElementById('app')!);
