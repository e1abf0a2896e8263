import { render } from 'preact';
import { ReaderPage } from '../../components/ReaderPage';
import '../../assets/reader.css';

render(<ReaderPage />, document.getElementById('app')!);
