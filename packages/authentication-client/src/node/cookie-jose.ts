// What the login cookie uses of jose, as one module to import on the first redirect login: jose is
// costly to load, and most programs that import the client never log in by redirect.
export { EncryptJWT, jwtDecrypt } from "jose";
