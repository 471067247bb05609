import '@testing-library/jest-dom';
import './src/testing/jsdom-setup';
