// Every entity the app maps. The data source, the migration CLI and the tests use this list.
import { AppUser } from '../modules/users/user.entity.js';

export const ENTITIES = [AppUser];
