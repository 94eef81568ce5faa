import { measureSpeed } from './speed.ts';
console.log(measureSpeed(3));
