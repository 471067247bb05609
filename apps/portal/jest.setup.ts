import '@testing-library/jest-dom';
import '@interlude/ui/testing/jsdom-setup';

afterEach(() => window.localStorage.clear());
