import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// CI runs several suites at once on two cores: give async queries more time than the 1 s default.
configure({ asyncUtilTimeout: 5000 });
