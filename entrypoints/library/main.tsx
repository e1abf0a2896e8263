import { render } from 'preact';
import { LibraryPage } from '../../components/LibraryPage';
import '../../assets/reader.css';

render(<LibraryPage />, document.getElementById('app')!);
