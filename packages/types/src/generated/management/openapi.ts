// generated from specs/genauth-management.yaml; do not edit — run pnpm generate
/* eslint-disable */
import type * as Schemas from "./schemas.js";

/** Every path of the API, by URL template and HTTP method. */
export interface paths {
  "/api/v3/list-post": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List posts */
    get: operations["postList"];
    put?: never;
    /** List posts (POST variant with a filter body) */
    post: operations["postListBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-post": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a post
     * @description The official SDK types the answer as `CreatePostDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
     */
    get: operations["getPost"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-user-posts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the posts associated with a user
     * @deprecated
     */
    get: operations["getUserPosts"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-user-post": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the post associated with a user (returns only one)
     * @deprecated
     * @description The official SDK types the answer as `CreatePostDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
     */
    get: operations["getUserPost"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-post-by-id": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Get post details by post ID */
    post: operations["getPostById"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-post": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a post */
    post: operations["createPost"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-post": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update post information */
    post: operations["updatePost"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/remove-post": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete a post */
    post: operations["removePost"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/set-user-posts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a user's posts (replaces the whole set) */
    post: operations["setUserPosts"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/user-connection-post": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Associate a user with a post */
    post: operations["userConnectionPost"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/filter": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Advanced search for data objects */
    post: operations["listRow"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/get-row": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get data object row information */
    get: operations["getRow"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/get-row-by-value": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get data object row information by property value */
    get: operations["getRowByValue"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/get-row-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Get batch row information
     * @description The path lies outside `/api/v3`, exactly as the official SDK sends it; the sibling data-object operations live under `/api/v3/metadata/`, so this path may be an official mistake, unverified against the server.
     */
    post: operations["getRowBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/create-row": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add row */
    post: operations["createRow"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/update-row": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update row */
    post: operations["updateRow"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/remove-row": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete row */
    post: operations["removeRow"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/create-model": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create data object */
    post: operations["createModel"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/get-model": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get data object details */
    get: operations["getModel"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/list-model": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get data object list */
    get: operations["listModel"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/remove-model": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete data object */
    post: operations["removeModel"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/update-model": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update data object */
    post: operations["updateModel"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/create-field": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create field for data object */
    post: operations["createField"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/update-field": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update field for data object */
    post: operations["updateField"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/remove-field": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete field from data object */
    post: operations["remoteField"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/list-field": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get data object field list */
    get: operations["listField"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Export all data */
    post: operations["exportMetadata"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/import": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import data */
    post: operations["importMetadata"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/get-import-template": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get import template */
    get: operations["getImportTemplate"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/create-operate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create custom operation */
    post: operations["createOperate"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/remove-operate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Remove custom operation */
    post: operations["removeOperate"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/execute-operate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Execute custom operation */
    post: operations["executeOperate"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/copy-operate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Copy custom operation */
    post: operations["copyOperate"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/list-operate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Operation management list (paginated)
     * @description The official SDK types the answer as `OperateModelDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
     */
    get: operations["listOperate"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/all-operate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * All operation management list
     * @description The official SDK types the answer as `OperateModelDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
     */
    get: operations["listOperateAll"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/update-operate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update operation management */
    post: operations["updateOperate"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/get-relation-info": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Get relation data details */
    post: operations["getRelationInfo"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/create-row-relation": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create row relation data */
    post: operations["createRowRelation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/get-row-relation": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get row relation data */
    get: operations["getRelationValue"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/remove-row-relation": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete row relation data */
    post: operations["removeRelationValue"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/export/model": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Export data object */
    post: operations["exportModel"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/import/model": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import data object */
    post: operations["importModel"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/get-all-metadata": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Get all data object data */
    post: operations["getAllMetadata"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/get-row-relation-details": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get row relation data */
    get: operations["getRelationDetails"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/relation-search": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Fuzzy search for relation */
    post: operations["relationSearch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/copy-row-relation": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Copy row relation */
    post: operations["copyRowRelation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/get-all-row-by-scrollid": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Get all metadata row information */
    post: operations["getAllMetadataRow"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/group": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Get metadata related group information */
    post: operations["getMetadataGroupList"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/metadata/ueba/capture": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * UEBA upload
     * @description The official method name says little about what it does: it uploads a UEBA (user behaviour) record.
     */
    post: operations["capture"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-device-by-user": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Remove binding (user details page) */
    post: operations["deleteDevice"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/suspend-device-by-user": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Suspend device (user details page) */
    post: operations["suspendDevice"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/disable-device-by-user": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Disable device (user details page) */
    post: operations["disableDevice"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/enable-device-by-user": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enable device (user details page) */
    post: operations["enableDevice"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/device-status": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Get device status */
    post: operations["getDeviceStatus"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-public-accounts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Get/search public account list */
    post: operations["listPublicAccounts"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-public-account": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get public account information */
    get: operations["getPublicAccount"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-public-account-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Batch get public account information
     * @description Array parameters (`userIds`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
     */
    get: operations["getPublicAccountBatch"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-public-account": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create public account */
    post: operations["createPublicAccount"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-public-accounts-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Batch create public accounts */
    post: operations["createPublicAccountsBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-public-account": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update public account information */
    post: operations["updatePublicAccount"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-public-account-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Batch update public account information */
    post: operations["updatePublicAccountBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-public-accounts-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Batch delete public accounts */
    post: operations["deletePublicAccountsBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/kick-public-accounts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Force logout public accounts */
    post: operations["kickPublicAccounts"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/transfer-into-public-account": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Convert personal account to public account */
    post: operations["changeIntoPublicAccount"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-public-accounts-of-user": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get user's public account list */
    get: operations["getPublicAccountsOfUser"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-users-of-public-account": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** User list of public account */
    get: operations["getUsersOfPublicAccount"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/set-public-account-of-users": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Public account binds batch users */
    post: operations["bindUsersPublicAccount"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/set-user-of-public-accounts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** User binds batch public accounts */
    post: operations["setuserOfPublicAccount"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/unbind-public-account-of-user": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Public account unbinds user */
    post: operations["unbindUsersPublicAccount"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-organization": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get Organization Details */
    get: operations["getOrganization"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-organization-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Batch Get Organization Details
     * @description Array parameters (`organizationCodeList`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
     */
    get: operations["getOrganizationsBatch"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-organizations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get Organization List */
    get: operations["listOrganizations"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-organization": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create Organization */
    post: operations["createOrganization"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-organization": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update Organization */
    post: operations["updateOrganization"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-organization": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete Organization */
    post: operations["deleteOrganization"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/search-organizations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search Organizations */
    get: operations["searchOrganizations"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-organization-status": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update organization status */
    post: operations["updateOrganizationStatus"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-department": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get Department Information */
    get: operations["getDepartment"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-department-available-app": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** List the applications a department is authorized for */
    post: operations["getDepartmentAllApp"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-department": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create Department */
    post: operations["createDepartment"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-department": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update Department */
    post: operations["updateDepartment"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-department": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete Department */
    post: operations["deleteDepartment"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/search-departments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Search Departments
     * @deprecated
     */
    post: operations["searchDepartments"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/search-departments-list": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Search departments (list variant) */
    post: operations["searchDepartmentsList"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-children-departments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get Child Department List */
    get: operations["listChildrenDepartments"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-all-departments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get all departments */
    get: operations["getAllDepartments"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-department-members": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get Department Member List */
    get: operations["listDepartmentMembers"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-department-member-ids": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get Department Direct Member ID List */
    get: operations["listDepartmentMemberIds"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/search-department-members": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search Department Members */
    get: operations["searchDepartmentMembers"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/add-department-members": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add Department Members */
    post: operations["addDepartmentMembers"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/remove-department-members": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Remove Department Members */
    post: operations["removeDepartmentMembers"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-parent-department": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get Parent Department Information */
    get: operations["getParentDepartment"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/is-user-in-department": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Check if User is in Department */
    get: operations["isUserInDepartment"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-department-by-id": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a department by department ID
     * @description Array parameters (`appTypeList`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
     */
    get: operations["getDepartmentById"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-department-tree": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create departments in bulk from an organization tree */
    post: operations["createDepartmentTree"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-department-sync-relations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a department's third-party sync relations */
    get: operations["getDepartmentSyncRelations"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-department-sync-relations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete a department's sync relations */
    post: operations["deleteDepartmentSyncRelations"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-department-status": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Update department status (enable or disable)
     * @description The official SDK types the answer as `Node` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
     */
    post: operations["updateNodeStatus"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-users": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get user list
     * @deprecated
     * @description The older `GET` form of `listUsers`, which takes its filters in the body of a `POST`.
     */
    get: operations["listUsersLegacy"];
    put?: never;
    /** Get/search user list */
    post: operations["listUsers"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-user": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get user information */
    get: operations["getUser"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-user-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Batch get user information
     * @description Array parameters (`userIds`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
     */
    get: operations["getUserBatch"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/users/field/decrypt": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** User field decryption */
    post: operations["userFieldDecrypt"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-user": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create user */
    post: operations["createUser"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-users-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Batch create users */
    post: operations["createUsersBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-user": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update user profile */
    post: operations["updateUser"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-user-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Batch update user profile */
    post: operations["updateUserBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-users-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Batch delete users */
    post: operations["deleteUsersBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-user-identities": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get user's external identity sources */
    get: operations["getUserIdentities"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-user-roles": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get user role list */
    get: operations["getUserRoles"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-user-principal-authentication-info": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get user real-name authentication information */
    get: operations["getUserPrincipalAuthenticationInfo"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/reset-user-principal-authentication-info": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete user real-name authentication information */
    post: operations["resetUserPrincipalAuthenticationInfo"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-user-departments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get User Department List */
    get: operations["getUserDepartments"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/set-user-departments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set User Departments */
    post: operations["setUserDepartments"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-user-groups": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get user group list */
    get: operations["getUserGroups"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-user-mfa-info": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get user MFA binding information */
    get: operations["getUserMfaInfo"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-archived-users": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get archived user list */
    get: operations["listArchivedUsers"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/kick-users": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Force user logout */
    post: operations["kickUsers"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/is-user-exists": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check if user exists */
    post: operations["isUserExists"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-user-accessible-apps": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get user accessible applications */
    get: operations["getUserAccessibleApps"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-user-authorized-apps": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get user authorized applications */
    get: operations["getUserAuthorizedApps"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/has-any-role": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check if user has certain role */
    post: operations["hasAnyRole"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-user-login-history": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get user login history */
    get: operations["getUserLoginHistory"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-user-loggedin-apps": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get applications that user has logged into */
    get: operations["getUserLoggedinApps"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-user-logged-in-identities": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get identity sources that user has logged into */
    get: operations["getUserLoggedinIdentities"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/resign-user": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** User Resignation */
    post: operations["resignUser"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/resign-user-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Batch User Resignation */
    post: operations["resignUserBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-user-authorized-resources": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get all authorized resources of user */
    get: operations["getUserAuthorizedResources"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/check-session-status": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check if user has session login status in application */
    post: operations["checkSessionStatus"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/import-otp": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import user's OTP */
    post: operations["importOtp"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-otp-secret-by-user": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get user's OTP binding secret */
    get: operations["getOtpSecretByUser"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-user-password-ciphertext": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Get user's custom encrypted password */
    post: operations["getUserPasswordCiphertext"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/link-identity": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bind an identity to user */
    post: operations["linkIdentity"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/unlink-identity": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Unbind all identity information of user under identity source */
    post: operations["unlinkIdentity"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/set-mfa-status": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set user MFA status */
    post: operations["setUsersMfaStatus"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-mfa-status": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get user MFA status */
    get: operations["getUserMfaStatus"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-user-sync-relations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get user's third-party sync relationships */
    get: operations["getUserSyncRelations"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-user-sync-relations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete user sync relationship */
    post: operations["deleteUserSyncRelations"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/batch-get-user-encrypt-password": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Batch get user password ciphertext */
    post: operations["getUserEncryptPasswordBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-roles-of-public-account": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get public account role list */
    get: operations["getPublicAccountRoles"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-public-accounts-of-role": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get public account list of role */
    get: operations["getPublicAccountsOfRole"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/set-public-account-of-roles": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bind batch roles to public account */
    post: operations["bindPublicAccountOfRoles"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-public-accounts-of-group": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get public account list of group */
    get: operations["getPublicAccountsOfGroup"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-groups-of-public-account": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get public account group list */
    get: operations["getGroupsOfPublicAccount"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/set-public-account-of-groups": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add batch groups to public account */
    post: operations["getPublicAccountOfGroups"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-public-accounts-of-department": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the public accounts of a department */
    get: operations["getPublicAccountsOfDepartment"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-departments-of-public-account": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the departments of a public account */
    get: operations["getPublicAccountDepartments"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/set-public-account-of-departments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set the departments of a public account */
    post: operations["setPublicAccountOfDepartments"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/resign-public-account-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Resign public accounts in bulk */
    post: operations["resignPublicAccountBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-post-of-public-account": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the post of a public account
     * @description The official SDK types the answer as `CreatePostDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
     */
    get: operations["getPostOfPublicUser"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-public-accounts-of-post": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the public accounts of a post */
    get: operations["getPublicAccountsOfPost"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/set-public-account-of-post": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Set the post of a public account
     * @description The method keeps the official SDK's spelling (`Ofn`), so that migrated code finds it.
     */
    post: operations["setPublicAccountOfnPost"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/unbind-public-account-of-post": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Unbind a public account from a post */
    post: operations["unbindPublicAccountOfPost"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-sync-task": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get sync task details */
    get: operations["getSyncTask"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-sync-tasks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the sync task list */
    get: operations["listSyncTasks"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-sync-task": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a sync task */
    post: operations["createSyncTask"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-sync-task": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update a sync task */
    post: operations["updateSyncTask"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/trigger-sync-task": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Run a sync task */
    post: operations["triggerSyncTask"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-sync-job": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get sync job details */
    get: operations["getSyncJob"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-sync-jobs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the jobs of a sync task */
    get: operations["listSyncJobs"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-sync-job-logs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the logs of a sync job */
    get: operations["listSyncJobLogs"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-sync-risk-operations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the list of sync risk operations
     * @description Array parameters (`status`, `objectType`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
     */
    get: operations["listSyncRiskOperations"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/trigger-sync-risk-operations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Execute sync risk operations */
    post: operations["triggerSyncRiskOperations"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/cancel-sync-risk-operation": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel sync risk operations */
    post: operations["cancelSyncRiskOperation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-universal-invitation-settings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get universal invitation configuration */
    get: operations["getUniversalInvitation"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-universal-invitation-settings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update universal invitation configuration */
    post: operations["updateUniversalInvitation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/generate-universal-invitation-link": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Generate universal invitation link */
    post: operations["generateUniversalInvitation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/filter-universal-invitation-applicants": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Query universal invitation application list
     * @description The official method name says little about what it does: it lists universal-invitation applicants.
     */
    post: operations["filter"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/batch-approval-universal-invitation-applicants": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Batch approve universal invitation applications
     * @description The official method name says little about what it does: it approves universal-invitation applications in bulk.
     */
    post: operations["approval"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/batch-reject-universal-invitation-applicant": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Batch reject universal invitation applications
     * @description The official method name says little about what it does: it rejects universal-invitation applications in bulk.
     */
    post: operations["reject"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-invitation-policies": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Get invitation policy list */
    post: operations["listInvitationPolicies"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-invitation-policy": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create invitation policy */
    post: operations["createInvitationPolicy"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-invitation-policy": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get invitation policy details */
    get: operations["getPolicyDetailById"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/copy-invitation-policy-by-id": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create invitation policy copy */
    post: operations["copyInvitationPolicyById"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-invitation-policy": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update invitation policy */
    post: operations["updateInvitationPolicy"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-invitation-policy-extends-fields": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get list of fields for policy process configuration supplementary information */
    get: operations["listRegisterExtendsFields"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-invitation-policy-extends-fields": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update policy process configuration supplementary information */
    post: operations["updateRegisterExtendsFields"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-invitation-policies-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Batch delete invitation policies */
    post: operations["batchDeleteInvitationPolicies"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-invitation-policy-user-attribution": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get invitation policy user attribution details */
    get: operations["getPolicyUserAttributionDetail"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-invitation-policy-user-attributions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get invitation policy user attribution list */
    get: operations["listPolicyUserAttributionDetail"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/add-invitation-policy-user-attribution": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add invitation policy user attribution */
    post: operations["addPolicyUserAttribution"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/add-invitation-policy-user-attributions-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Batch add invitation policy user attribution */
    post: operations["addPolicyUserAttributionsBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/set-invitation-policy-user-attribution-main-department": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set the main department of an invitation policy's user attribution */
    post: operations["setUserAttributionMainDepartment"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/remove-invitation-policy-user-attribution-main-department": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Remove the main-department setting of an invitation policy's user attribution */
    post: operations["removeUserAttributionMainDepartment"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-invitation-policy-user-attribution-main-department": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the main department set for an invitation policy's user attribution */
    get: operations["getUserAttributionMainDepartment"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/remove-invitation-policy-user-attribution": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete invitation policy user attribution */
    post: operations["removePolicyUserAttribution"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/remove-invitation-policy-user-attributions-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Batch delete invitation policy user attribution */
    post: operations["removePolicyUserAttributionsBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-invitation-policy-email-template": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Get invitation policy email template */
    post: operations["getInviteEmailTemplate"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-invitation-policy-email-template": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update the invitation policy email template */
    post: operations["updateInviteEmailTemplate"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-invitation-rosters": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Get invitation roster list */
    post: operations["listInvitationRoster"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-invitation-rosters-by-policy-id": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Get invitation roster list by policy ID */
    post: operations["listInvitationRostersByPolicyId"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-invitation-rosters-by-no-policy-id": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Get invitation roster list not associated with policy */
    post: operations["listInvitationRostersByNonPolicyId"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-invitation-roster": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get invitation roster details */
    get: operations["getInvitationRoster"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-invitation-roster": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create invitation roster */
    post: operations["createInvitationRoster"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-invitation-roster-batch-bind-policy": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update invitation roster, batch associate invitation policies */
    post: operations["batchBindPolicy"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-invitation-roster-batch-unbind-policy": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update invitation roster, batch disassociate by policy ID */
    post: operations["batchUnbindPolicy"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-invitation-roster": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update invitation roster */
    post: operations["updateInvitationRoster"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-invitation-roster": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete invitation roster */
    post: operations["deleteInvitationRoster"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-invitation-rosters-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Batch delete invitation roster */
    post: operations["deleteInvitationRosterBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/send-roster-invitation": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send invitation by invitation roster */
    post: operations["sendRosterInvitation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/send-roster-invitation-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Batch send invitations */
    post: operations["sendRosterInvitationBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/revert-roster-invitation": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke invitation */
    post: operations["revertRosterInvitation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/revert-roster-invitation-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke invitation */
    post: operations["revertRosterInvitationBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/quick-filter-invitees": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Quick search invitee list */
    post: operations["quickFilterInviteeList"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-invitation-invitees": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * View invitees in roster
     * @description The official method name says little about what it does: it lists invitation invitees.
     */
    post: operations["filterUsers"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/batch-delete-invitation-invitees": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Batch delete invitees from roster */
    post: operations["deleteInvitees"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/invitation-invitee/template": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get template for importing roster invitees
     * @description The official method name says little about what it does: it template for importing invitation invitees.
     */
    get: operations["importTemplate"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/invitation-invitee/upload": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upload file for importing roster invitees
     * @description The query parameters are covered by the request signature; the official SDK signed only the (absent) body, leaving them unsigned.
     *     Like the official method, it sends only the `private` flag and no file.
     */
    post: operations["upload"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/invitation-invitee/import": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import roster invitees
     * @description The official method name says little about what it does: it imports invitation invitees.
     */
    post: operations["importUsers"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/invitation-invitee/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Export roster invitees
     * @description The official method name says little about what it does: it exports invitation invitees.
     */
    post: operations["exportUsers"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-group": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get group details */
    get: operations["getGroup"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-groups": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get group list */
    get: operations["listGroups"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-all-groups": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get all groups */
    get: operations["getAllGroups"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-group": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create group */
    post: operations["createGroup"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-or-update-group": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create or update group */
    post: operations["createOrUpdateGroup"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-groups-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Batch create groups */
    post: operations["createGroupsBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-group": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update group */
    post: operations["updateGroup"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-groups-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Batch delete groups */
    post: operations["deleteGroupsBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/add-group-members": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add group members */
    post: operations["addGroupMembers"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/remove-group-members": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Batch remove group members */
    post: operations["removeGroupMembers"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-group-members": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get group member list */
    get: operations["listGroupMembers"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-group-authorized-resources": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get list of authorized resources for group */
    get: operations["getGroupAuthorizedResources"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-role": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get role details */
    get: operations["getRole"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/assign-role": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assign role to single target */
    post: operations["assignRole"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/assign-role-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Batch assign roles */
    post: operations["assignRoleBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/revoke-role": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke assigned role */
    post: operations["revokeRole"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/revoke-role-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Batch revoke assigned roles */
    post: operations["revokeRoleBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-role-authorized-resources": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get list of authorized resources for role */
    get: operations["getRoleAuthorizedResources"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-role-members": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get role members list */
    get: operations["listRoleMembers"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-role-departments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get Role Department List */
    get: operations["listRoleDepartments"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-role": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create role */
    post: operations["createRole"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-roles": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get role list */
    get: operations["listRoles"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-roles-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete roles within single permission group (permission space) */
    post: operations["deleteRolesBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-roles-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Batch create roles */
    post: operations["createRolesBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-role": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update role */
    post: operations["updateRole"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/multiple-namespace-delete-roles-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete roles across permission groups (spaces) */
    post: operations["deleteRoles"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/check-role-params": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check if role code or name is available */
    post: operations["checkParamsNamespace"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-role-assignments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get role authorization list
     * @description Array parameters (`targetType`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
     */
    get: operations["listRoleAssignments"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-admin-role": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create admin role */
    post: operations["createAdminRole"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-admin-roles": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete custom admin roles */
    post: operations["deleteAdminRolesBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/check-role-mutual-exclusion": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check role mutual exclusion */
    post: operations["checkMutualExclusion"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-ext-idp": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get identity source list */
    get: operations["listExtIdp"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-ext-idp": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get identity source details */
    get: operations["getExtIdp"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-ext-idp": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create identity source */
    post: operations["createExtIdp"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-ext-idp": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update identity source configuration */
    post: operations["updateExtIdp"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-ext-idp": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete identity source */
    post: operations["deleteExtIdp"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-ext-idp-conn": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create new connection under existing identity source */
    post: operations["createExtIdpConn"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-ext-idp-conn": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update identity source connection */
    post: operations["updateExtIdpConn"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-ext-idp-conn": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete identity source connection */
    post: operations["deleteExtIdpConn"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/change-ext-idp-conn-state": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Identity source connection switch */
    post: operations["changeExtIdpConnState"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/change-ext-idp-conn-association-state": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Tenant Associate Identity Source */
    post: operations["changeExtIdpConnAssociationState"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-tenant-ext-idp": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get Identity Source List in Tenant Console */
    get: operations["listTenantExtIdp"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/ext-idp-conn-apps": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Application connection details under identity source */
    get: operations["extIdpConnStateByApps"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-weixin-access-token": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Get WeChat Mini Program, Official Account Access Token */
    post: operations["getWechatMpAccessTokenInfo"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-user-base-fields": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get user built-in field list */
    get: operations["getUserBaseFields"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-user-base-fields": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get user built-in field list */
    get: operations["listUserBaseFields"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/set-user-base-fields": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Modify user built-in field configuration */
    post: operations["setUserBaseFields"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-custom-fields": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get custom field list */
    get: operations["getCustomFields"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-custom-fields": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get custom field list */
    get: operations["listCustFields"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/set-custom-fields": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create/modify custom field definition */
    post: operations["setCustomFields"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-custom-fields": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete custom field definition */
    post: operations["deleteCustomFields"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/set-custom-data": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set custom field value */
    post: operations["setCustomData"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-custom-data": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get custom field values for user, group, role, organization */
    get: operations["getCustomData"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-resource": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create resource */
    post: operations["createResource"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-resources-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Batch create resources */
    post: operations["createResourcesBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-resource": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get resource details */
    get: operations["getResource"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-resources-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Batch get resource details
     * @description Array parameters (`codeList`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
     */
    get: operations["getResourcesBatch"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-common-resource": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get paginated common resource list */
    get: operations["listCommonResource"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-resources": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get paginated resource list */
    get: operations["listResources"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-resource": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update resource */
    post: operations["updateResource"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-resource": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete resource */
    post: operations["deleteResource"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-resources-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Batch delete resources */
    post: operations["deleteResourcesBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-common-resources-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Batch delete resources */
    post: operations["batchDeleteCommonResource"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/associate-tenant-resource": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Associate/Disassociate Application Resources to Tenant */
    post: operations["associateTenantResource"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-namespace": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create permission group */
    post: operations["createNamespace"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-namespaces-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Batch create permission groups */
    post: operations["createNamespacesBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-namespace": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get permission group details */
    get: operations["getNamespace"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-namespaces-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Batch get permission group details
     * @description Array parameters (`codeList`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
     */
    get: operations["getNamespacesBatch"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-namespace": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update permission group information */
    post: operations["updateNamespace"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-namespace": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete permission group information */
    post: operations["deleteNamespace"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-namespaces-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Batch delete permission groups */
    post: operations["deleteNamespacesBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-namespaces": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get paginated permission group list */
    get: operations["listNamespaces"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-namespace-roles": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get paginated role list under permission group */
    get: operations["listNamespaceRoles"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/authorize-resources": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Authorize resources */
    post: operations["authorizeResources"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-authorized-resources": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get authorized resource list for a subject
     * @description Array parameters (`resourceList`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
     */
    get: operations["getAuthorizedResources"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/is-action-allowed": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check if user has permission for an operation on a resource */
    post: operations["isActionAllowed"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-resource-authorized-targets": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Get authorized subjects for a resource */
    post: operations["getResourceAuthorizedTargets"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-user-action-logs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Get user action logs */
    post: operations["getUserActionLogs"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-admin-audit-logs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Get admin audit logs */
    post: operations["getAdminAuditLogs"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-email-templates": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get email template list */
    get: operations["getEmailTemplates"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-email-template": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update email template */
    post: operations["updateEmailTemplate"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/preview-email-template": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Preview email template
     * @description The official SDK types the answer as `PreviewEmailTemplateRespDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
     */
    post: operations["previewEmailTemplate"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-email-provider": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get third-party email service configuration */
    get: operations["getEmailProvider"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/config-email-provider": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Configure third-party email service */
    post: operations["configEmailProvider"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-application": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get application details */
    get: operations["getApplication"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-subject-auth-detail": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Subject authorization details */
    get: operations["detailAuthSubject"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-subject-auth": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Subject authorization list */
    post: operations["listAuthSubject"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-applications-auth": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Application authorization list */
    post: operations["listAuthApplication"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-auth-enabled": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update authorization switch */
    post: operations["enabledAuth"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/batch-applications-auth": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Batch delete application authorization
     * @description Array parameters (`authIds`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
     *     The query parameters are covered by the request signature; the official SDK signed only the (absent) body, leaving them unsigned.
     */
    delete: operations["deleteAuth"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-applications": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get application list */
    get: operations["listApplications"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-application-simple-info": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get application simple information */
    get: operations["getApplicationSimpleInfo"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-application-simple-info": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get application simple information list */
    get: operations["listApplicationSimpleInfo"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-application": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create application */
    post: operations["createApplication"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-application": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update application */
    post: operations["updateApplication"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-application": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete application */
    post: operations["deleteApplication"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-application-secret": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get application secret */
    get: operations["getApplicationSecret"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/refresh-application-secret": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Refresh application secret */
    post: operations["refreshApplicationSecret"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-application-active-users": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Get current logged in users of application */
    post: operations["listApplicationActiveUsers"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-application-permission-strategy": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get application default access authorization policy */
    get: operations["getApplicationPermissionStrategy"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-application-permission-strategy": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update application default access authorization policy */
    post: operations["updateApplicationPermissionStrategy"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/authorize-application-access": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Authorize application access */
    post: operations["authorizeApplicationAccess"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/revoke-application-access": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete application access authorization records */
    post: operations["revokeApplicationAccess"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/check-domain-available": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check if domain is available */
    post: operations["checkDomainAvailable"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-tenant-applications": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the tenant application list */
    get: operations["listTenantApplications"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-login-page-config": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update login page configuration */
    post: operations["updateLoginPageConfig"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/userpool-tenant-config": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the user pool's multi-tenant configuration
     * @description The method keeps the official SDK's spelling (`userpoll`), so that migrated code finds it.
     */
    get: operations["userpollTenantConfig"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-userpool-tenant-config": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update the user pool's multi-tenant configuration */
    post: operations["updateUserPoolTenantConfig"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-userpool-tenant-appqrcode-state": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update the QR-code login state of the tenant console */
    post: operations["updateTenantQrCodeState"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/change-userpool-tenant-ext-idp-conn-state": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Set the user pool's multi-tenant identity source connections
     * @description The method keeps the official SDK's spelling (`Tenan`), so that migrated code finds it.
     */
    post: operations["changeUserpoolTenanExtIdpConnState"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-application-mfa-settings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Modify application MFA settings */
    post: operations["updateApplicationMfaSettings"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-mfa-trigger-data": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get user MFA trigger data under application */
    get: operations["getMfaTriggerData"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-asa-account": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create ASA account */
    post: operations["createAsaAccount"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-asa-accounts-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Batch create ASA accounts */
    post: operations["createAsaAccountBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-asa-account": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update ASA account */
    post: operations["updateAsaAccount"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-asa-accounts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get ASA account list */
    get: operations["listAsaAccount"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-asa-account": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get ASA account */
    get: operations["getAsaAccount"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-asa-accounts-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Batch get ASA accounts */
    post: operations["getAsaAccountBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-asa-account": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete ASA account */
    post: operations["deleteAsaAccount"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-asa-accounts-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Batch delete ASA accounts */
    post: operations["deleteAsaAccountBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/assign-asa-account": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assign ASA account */
    post: operations["assignAsaAccount"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/unassign-asa-account": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Unassign ASA account */
    post: operations["unassignAsaAccount"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-asa-account-assigned-targets": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get list of subjects assigned to ASA account */
    get: operations["getAsaAccountAssignedTargets"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-assigned-account": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get ASA account assigned to subject */
    get: operations["getAssignedAccount"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-security-settings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get security settings */
    get: operations["getSecuritySettings"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-security-settings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Modify security settings */
    post: operations["updateSecuritySettings"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-global-mfa-settings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get global MFA settings */
    get: operations["getGlobalMfaSettings"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-global-mfa-settings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Modify global MFA settings */
    post: operations["updateGlobalMfaSettings"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/disable-global-mfa-settings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Disable global MFA settings */
    post: operations["closeGlobalMfaSettings"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-tenant": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a tenant */
    post: operations["createTenant"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-tenant": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update tenant data */
    post: operations["updateTenant"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-tenant": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete a tenant */
    post: operations["deleteTenant"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-tenants": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get or search the tenant list */
    get: operations["listTenants"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-tenant-little-info": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get brief tenant information */
    get: operations["getTenantLittleInfo"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-tenant": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get tenant details */
    get: operations["getTenant"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/import-tenant": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import tenants (Excel) */
    post: operations["importTenant"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/import-tenant-history": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the tenant import history */
    get: operations["importTenantHistory"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/import-tenant-notify-user": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the users to notify about a tenant import */
    get: operations["importTenantNotifyUser"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/send-email-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Notify imported tenant users by email (batch)
     * @description The official SDK types the answer as `SendEmailBatchDataDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
     */
    post: operations["sendEmailBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/send-sms-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Notify imported tenant users by SMS (batch) */
    post: operations["sendSmsBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-tenant-admin": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Get the tenant administrator list */
    post: operations["listTenantAdmin"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/set-tenant-admin": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set tenant administrators */
    post: operations["setTenantAdmin"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-tenant-admin": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Unset tenant administrators */
    post: operations["deleteTenantAdmin"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-tenant-user": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Remove tenant members in bulk */
    post: operations["deleteTenantUser"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/generate-invite-tenant-user-link": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Generate a link that invites tenant members */
    post: operations["generateInviteTenantUserLink"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-invite-tenant-user-records": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the tenant consoles a user can access
     * @description The method keeps the official SDK's spelling (`Tennat`), so that migrated code finds it.
     *     The path names invitation records; the official description speaks of the tenant consoles a user can access.
     */
    get: operations["listInviteTennatUserRecords"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-multiple-tenant-admins": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the multi-tenant administrator list */
    get: operations["listMultipleTenantAdmin"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-multiple-tenant-admin": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a multi-tenant administrator */
    post: operations["createMultipleTenantAdmin"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-multiple-tenant-admin": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a multi-tenant administrator
     * @description Gets one administrator, whatever the official summary's wording suggests.
     */
    get: operations["getMultipleTenantAdmin"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-tenant-cooperators": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the collaborating administrator list */
    get: operations["listTenantCooperators"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-tenant-cooperator": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a collaborating administrator */
    get: operations["getTenantCooperator"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-tenant-cooperator-menu": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the menus of a collaborating administrator */
    get: operations["getTenantCooperatorMenu"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-tenant-cooperator": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a collaborating administrator */
    post: operations["createTenantCooperator"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-tenant-by-code": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get tenant details by tenant code */
    get: operations["getTenantByCode"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-tenant-enterprise-certification": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a tenant enterprise certification */
    post: operations["createTenantEnterpriseCertification"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-tenant-enterprise-certification": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update a tenant enterprise certification */
    post: operations["updateTenantEnterpriseCertification"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/review-tenant-enterprise-certification": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Review a tenant enterprise certification */
    post: operations["reviewTenantEnterpriseCertification"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-tenant-enterprise-certification": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get tenant enterprise certification information
     * @description The official SDK types the answer as `TenantEnterpriseCertificationRespDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
     */
    get: operations["getTenantEnterpriseCertification"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/send-invite-tenant-user-email": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send tenant-member invitation emails */
    post: operations["sendInviteTenantUserEmail"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/add-tenant-users": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add tenant members */
    post: operations["addTenantUsers"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/remove-tenant-users": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Remove tenant members in bulk */
    post: operations["removeTenantUsers"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-tenant-user": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update a tenant member */
    post: operations["updateTenantUser"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-tenant-user": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a tenant member */
    post: operations["createTenantUser"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-tenant-users": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Get or search the tenant member list */
    post: operations["listTenantUsers"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-tenant-user": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a single tenant member */
    get: operations["getTenantUser"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/add-tenant-department-members": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add members to a tenant department */
    post: operations["addTenantDepartmentMembers"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/remove-tenant-department-members": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Remove members from a tenant department */
    post: operations["removeTenantDepartmentMembers"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-permission-namespace": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create permission namespace */
    post: operations["createPermissionNamespace"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-permission-namespaces-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Batch create permission namespaces */
    post: operations["createPermissionNamespacesBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-permission-namespace": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get permission namespace details */
    get: operations["getPermissionNamespace"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-permission-namespaces-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Batch get permission namespace details list
     * @description Array parameters (`codes`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
     */
    get: operations["getPermissionNamespacesBatch"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-permission-namespaces": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get paginated permission namespace list */
    get: operations["listPermissionNamespaces"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-permission-namespace": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update permission namespace */
    post: operations["updatePermissionNamespace"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-permission-namespace": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete permission namespace */
    post: operations["deletePermissionNamespace"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-permission-namespaces-batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Batch delete permission namespaces */
    post: operations["deletePermissionNamespacesBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/check-permission-namespace-exists": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check if permission namespace Code or name is available */
    post: operations["checkPermissionNamespaceExists"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-permission-namespace-roles": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get paginated list of all roles under permission namespace */
    get: operations["listPermissionNamespaceRoles"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-data-resource": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create data resource (recommended, important) */
    post: operations["createDataResource"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-string-data-resource": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create string data resource */
    post: operations["createDataResourceByString"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-array-data-resource": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create array data resource */
    post: operations["createDataResourceByArray"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-tree-data-resource": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create tree data resource */
    post: operations["createDataResourceByTree"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-data-resources": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get data resource list
     * @description Array parameters (`namespaceCodes`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
     */
    get: operations["listDataResources"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-data-resource": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get data resource details */
    get: operations["getDataResource"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-data-resource": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update data resource */
    post: operations["updateDataResource"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-data-resource": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete data resource */
    post: operations["deleteDataResource"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/check-data-resource-exists": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Check if data resource Code or name is available */
    get: operations["checkDataResourceExists"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-dnef": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create extension fields for tree type resource */
    post: operations["createDnef"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/batch-create-dnef": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Batch create extension fields for tree type resource */
    post: operations["batchCreateDnef"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-dnef": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete extension fields for tree type resource */
    post: operations["deleteDnef"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-dnef": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update extension fields for tree type resource */
    post: operations["updateDnef"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-dnef": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get list of extension fields for tree type resource */
    get: operations["listDnef"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-data-policy": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create data policy (Important) */
    post: operations["createDataPolicy"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-data-policies": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get data policy list */
    get: operations["listDataPolices"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-simple-data-policies": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get simple data policy list */
    get: operations["listSimpleDataPolices"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-data-policy": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get data policy details */
    get: operations["getDataPolicy"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-data-policy": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update data policy */
    post: operations["updateDataPolicy"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-data-policy": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete data policy */
    post: operations["deleteDataPolicy"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/check-data-policy-exists": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Check if data policy name is available */
    get: operations["checkDataPolicyExists"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-data-policy-targets": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get list of subjects authorized by data policy
     * @description Array parameters (`targetType`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
     */
    get: operations["listDataPolicyTargets"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/authorize-data-policies": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Authorize data policy */
    post: operations["authorizeDataPolicies"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/revoke-data-policy": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete data policy authorization */
    post: operations["revokeDataPolicy"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-user-permission-list": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Get user permission list */
    post: operations["getUserPermissionList"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/check-permission": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check user permissions (important) */
    post: operations["checkPermission"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/check-external-user-permission": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check external user permissions */
    post: operations["checkExternalUserPermission"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-user-resource-permission-list": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Get user's permission list for certain resources (recommended) */
    post: operations["getUserResourcePermissionList"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-resource-targets": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Get List of Users Authorized for Resource */
    post: operations["listResourceTargets"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-user-resource-struct": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Get User Authorized Resource Structure List */
    post: operations["getUserResourceStruct"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-external-user-resource-struct": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Get external user's resource structure and permissions */
    post: operations["getExternalUserResourceStruct"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/check-user-same-level-permission": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check user permissions at same level in tree resource (recommended) */
    post: operations["checkUserSameLevelPermission"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-permission-view/data": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Get permission view data list */
    post: operations["listPermissionView"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-current-package-info": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get package details */
    get: operations["getCurrentPackageInfo"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-usage-info": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get usage details */
    get: operations["getUsageInfo"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-mau-period-usage-history": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get MAU usage records */
    get: operations["getMauPeriodUsageHistory"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-all-rights-items": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get all rights */
    get: operations["getAllRightsItem"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-orders": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get order list */
    get: operations["getOrders"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-order-detail": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get order details */
    get: operations["getOrderDetail"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-order-pay-detail": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get order payment details */
    get: operations["getOrderPayDetail"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-event-app": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create custom event application */
    post: operations["createEventApp"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-event-apps": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get event application list */
    get: operations["listEventApps"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-events": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get event list */
    get: operations["listEvents"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/define-event": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Define custom event */
    post: operations["defineEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/pub-event": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Push custom event
     * @description The official method name says little about what it does: it publishes a custom event (POST /api/v3/pub-event, the endpoint pub() also uses).
     */
    post: operations["verifyEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/pub-userEvent": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Push custom event from authentication endpoint
     * @description Publishes through the authentication side's event endpoint, signed with the access key.
     */
    post: operations["pubUserEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/add-whitelist-of-app": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create application registration whitelist */
    post: operations["addWhitelistOfApp"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-whitelist-of-app": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get application registration whitelist */
    get: operations["listWhitelistsOfApp"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-whitelist-of-app": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Delete application registration whitelist
     * @description The official SDK types the answer as `IsSuccessDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
     */
    post: operations["deleteWhitelistOfApp"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/add-whitelist": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create registration whitelist */
    post: operations["addWhitelist"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-whitelist": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get registration whitelist */
    get: operations["listWhitelists"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-whitelist": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Delete registration whitelist
     * @description The official SDK types the answer as `IsSuccessDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
     */
    post: operations["deleteWhitelist"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/ip-list": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get IP list */
    get: operations["findIpList"];
    put?: never;
    /**
     * Create IP list
     * @description The official method name says little about what it does: it creates an IP list (black/white list) entry.
     */
    post: operations["add"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/ip-list/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete IP list
     * @description `id` fills the path. The official SDK sent the literal `{id}` instead, so it never deleted anything.
     */
    delete: operations["deleteById"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/user-list": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get risk list users */
    get: operations["findUserList"];
    put?: never;
    /** Create user list */
    post: operations["addUser"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/user-list/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete user list
     * @description `id` fills the path. The official SDK sent the literal `{id}` instead, so it never deleted anything.
     */
    delete: operations["deleteUserListById"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/risk-list-policy": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get risk policy list */
    get: operations["findRiskListPolicy"];
    put?: never;
    /** Create risk policy */
    post: operations["addRiskListPolicy"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/risk-list-policy/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete risk policy
     * @description `id` fills the path. The official SDK sent the literal `{id}` instead, so it never deleted anything.
     */
    delete: operations["deleteRiskListPolicyById"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-device-exclusive-rule-settings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get device exclusion rule configuration */
    get: operations["getRuleSettings"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-device-exclusive-rule-settings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update device exclusion rule configuration */
    post: operations["updateRuleSettings"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-device-exclusive-valid-scope-settings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get device exclusion scope configuration */
    get: operations["getAllValidScopeSettings"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-supported-device-exclusive-apps": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get application list supporting device exclusion scope
     * @description Lists the applications where device mutual exclusion can apply.
     */
    get: operations["findAppLists"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/save-device-exclusive-valid-scope-settings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Save device exclusion scope configuration
     * @description The official method name says little about what it does: it saves device-mutual-exclusion valid-scope settings.
     */
    post: operations["saveInvitationPolicies"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/remove-device-exclusive-valid-scope-settings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Remove device exclusion scope configuration
     * @description The official method name says little about what it does: it removes device-mutual-exclusion valid-scope settings.
     */
    post: operations["remove"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-device-exclusive-white-list-settings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get device exclusion whitelist configuration */
    get: operations["getAllWhiteListSettings"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/approval-process": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Process a single approval */
    put: operations["processApproval"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/approval-batch-process": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Process approvals in bulk */
    put: operations["batchProcessApproval"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/approval": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get approval details
     * @description The official method name says little about what it does: it approval detail.
     */
    get: operations["getDetail"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/approval-pending-list": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the pending approval list */
    get: operations["pendList"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/approval-closed-list": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the processed approval list */
    get: operations["closedList"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/approval-log-list": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the approval log list */
    get: operations["logList"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-device": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add device
     * @deprecated
     */
    post: operations["createDevice"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/add-device": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add device */
    post: operations["addDevice"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-last-login-apps-by-deviceIds": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Recent login applications
     * @deprecated
     */
    post: operations["findLastLoginAppsByDeviceIds"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-last-login-apps-by-device-ids": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Recent login applications */
    post: operations["findLastLoginAppsByDeviceIdsV2"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/authing-verify/create-device": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a verify device */
    post: operations["createVerifyDevice"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-pipeline-function": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create Pipeline function */
    post: operations["createPipelineFunction"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-pipeline-function": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get Pipeline function details */
    get: operations["getPipelineFunction"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/reupload-pipeline-function": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Re-upload Pipeline function
     * @deprecated
     */
    post: operations["reuploadPipelineFunction"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-pipeline-function": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update Pipeline function */
    post: operations["updatePipelineFunction"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-pipeline-order": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update Pipeline function order */
    post: operations["updatePipelineOrder"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-pipeline-function": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete Pipeline function */
    post: operations["deletePipelineFunction"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-pipeline-functions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get Pipeline function list */
    get: operations["listPipelineFunctions"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-pipeline-logs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get Pipeline logs */
    get: operations["getPipelineLogs"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-webhook": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create Webhook */
    post: operations["createWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-webhooks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get Webhook list */
    get: operations["listWebhooks"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-webhook": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update Webhook configuration */
    post: operations["updateWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-webhook": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete Webhook */
    post: operations["deleteWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-webhook-logs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Get Webhook logs */
    post: operations["getWebhookLogs"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/trigger-webhook": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Manually trigger Webhook execution */
    post: operations["triggerWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-webhook": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get Webhook details */
    get: operations["getWebhook"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-webhook-event-list": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get Webhook event list */
    get: operations["getWebhookEventList"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-ldap-server-random-pwd": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Generate the LDAP server administrator password */
    get: operations["getBindPwd"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-ldap-server-config": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the LDAP server configuration */
    get: operations["queryLdapConfigInfo"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-ldap-server-config": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update the LDAP server configuration */
    post: operations["updateLdapConfigInfo"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/enable-ldap-server": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Initialise or restart the LDAP server */
    post: operations["saveLdapConfigInfo"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/disable-ldap-server": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Shut down the LDAP server (it must have been initialised first) */
    post: operations["disableLdapServer"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-ldap-server-log": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Query the LDAP server logs */
    get: operations["queryLdapLog"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-ldap-sub-entries": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Query the entries one level below a DN on the LDAP server */
    get: operations["queryLdapSubEntries"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/list-access-key": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get collaborator AK/SK list
     * @description Array parameters (`status`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
     */
    get: operations["getAccessKeyList"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/get-access-key": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get collaborator AK/SK details */
    get: operations["getAccessKey"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/create-access-key": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create collaborator AK/SK */
    post: operations["createAccessKey"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/delete-access-key": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete collaborator AK/SK */
    post: operations["deleteAccessKey"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/update-access-key": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Update an admin AccessKey */
    post: operations["updateAccessKey"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v3/verify-config-app": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get verify-config-app list
     * @description The official SDK types the answer as `ApplicationDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
     */
    get: operations["getVerifyConfigApp"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
/** Every schema of the API under `components["schemas"]`, each the named type of `@genauth/types/management` that declares it. */
export interface components {
  schemas: {
    /** @description The outer shape shared by GenAuth V3 JSON responses. */
    GenAuthEnvelope: Schemas.GenAuthEnvelope;
    /** @description The envelope of a failed call: `statusCode` is not 200 and there is no `data`. */
    GenAuthErrorEnvelope: Schemas.GenAuthErrorEnvelope;
    /** @description Part of `ListResourceTargetsDtoResp.actionAuthList`. */
    ActionAuth: Schemas.ActionAuth;
    /** @description Request body of `addDepartmentMembers`. */
    AddDepartmentMembersReqDto: Schemas.AddDepartmentMembersReqDto;
    /** @description Request body of `addGroupMembers`. */
    AddGroupMembersReqDto: Schemas.AddGroupMembersReqDto;
    /** @description Request body of `addPolicyUserAttribution`. */
    AddInvitationPolicyUserAttributionDto: Schemas.AddInvitationPolicyUserAttributionDto;
    /** @description Request body of `addPolicyUserAttributionsBatch`. */
    AddInvitationPolicyUserAttributionsBatchDto: Schemas.AddInvitationPolicyUserAttributionsBatchDto;
    /** @description Request body of `addTenantDepartmentMembers`. */
    AddTenantDepartmentMembersReqDto: Schemas.AddTenantDepartmentMembersReqDto;
    /** @description Request body of `addTenantUsers`. */
    AddTenantUsersDto: Schemas.AddTenantUsersDto;
    /** @description Request body of `addWhitelist`. */
    AddWhitelistDto: Schemas.AddWhitelistDto;
    /** @description Request body of `addWhitelistOfApp`. */
    AddWhitelistOfAppDto: Schemas.AddWhitelistOfAppDto;
    /** @description Part of `AdminAuditLogRespData.list`. */
    AdminAuditLogDto: Schemas.AdminAuditLogDto;
    /** @description Part of `AdminAuditLogRespDto.data`. */
    AdminAuditLogRespData: Schemas.AdminAuditLogRespData;
    /** @description What `getAdminAuditLogs` answers. */
    AdminAuditLogRespDto: Schemas.AdminAuditLogRespDto;
    /** @description Part of `EmailProviderDto.aliExmailConfig`. */
    AliExmailEmailProviderConfig: Schemas.AliExmailEmailProviderConfig;
    /** @description Part of `ConfigEmailProviderDto.aliExmailConfig`. */
    AliExmailEmailProviderConfigInput: Schemas.AliExmailEmailProviderConfigInput;
    /** @description Part of `TriggerWebhookData.response`. */
    Any: Schemas.Any;
    /** @description Part of `AppListRespDto.data`. */
    AppDto: Schemas.AppDto;
    /** @description What `getUserAccessibleApps` and `getUserAuthorizedApps` answer. */
    AppListRespDto: Schemas.AppListRespDto;
    /** @description Part of `ExtendsFieldDto.validateRules` and `UpdateExtendsFieldDto.validateRules`. */
    AppValidateRuleDto: Schemas.AppValidateRuleDto;
    /** @description Part of `ApplicationBrandingConfig.agreements`. */
    ApplicationAgreementDto: Schemas.ApplicationAgreementDto;
    /** @description Part of `ApplicationDto.brandingConfig` and `CreateApplicationRespDataDto.brandingConfig`. */
    ApplicationBrandingConfig: Schemas.ApplicationBrandingConfig;
    /** @description Part of `CreateApplicationDto.brandingConfig` and `UpdateApplicationDto.brandingConfig`. */
    ApplicationBrandingConfigInputDto: Schemas.ApplicationBrandingConfigInputDto;
    /** @description Part of `ApplicationLoginConfigDto.defaultLoginMethod`. */
    ApplicationDefaultLoginMethod: Schemas.ApplicationDefaultLoginMethod;
    /** @description Part of `ApplicationLoginConfigInputDto.defaultLoginMethod` and `UpdateApplicationLoginConfigInputDto.defaultLoginMethod`. */
    ApplicationDefaultLoginMethodInput: Schemas.ApplicationDefaultLoginMethodInput;
    /** @description What `getVerifyConfigApp` answers. */
    ApplicationDto: Schemas.ApplicationDto;
    /** @description Part of `ApplicationLoginConfigDto.enabledExtIdpConns`. */
    ApplicationEnabledExtIdpConnDto: Schemas.ApplicationEnabledExtIdpConnDto;
    /** @description Part of `ApplicationLoginConfigInputDto.enabledExtIdpConnIds`. */
    ApplicationEnabledExtIdpConnInputDto: Schemas.ApplicationEnabledExtIdpConnInputDto;
    /** @description Part of `ApplicationDto.loginConfig`, `CreateApplicationRespDataDto.loginConfig` and `UserPoolTenantConfigDto.loginConfig`. */
    ApplicationLoginConfigDto: Schemas.ApplicationLoginConfigDto;
    /** @description Part of `CreateApplicationDto.loginConfig`. */
    ApplicationLoginConfigInputDto: Schemas.ApplicationLoginConfigInputDto;
    /** @description Part of `GetMfaInfoDataDto.applicationMfa`. */
    ApplicationMfaDto: Schemas.ApplicationMfaDto;
    /** @description Part of `ApplicationPaginatedRespDto.data`. */
    ApplicationPaginatedDataDto: Schemas.ApplicationPaginatedDataDto;
    /** @description What `listApplications` answers. */
    ApplicationPaginatedRespDto: Schemas.ApplicationPaginatedRespDto;
    /** @description Part of `ApprovalDetailDto.approvalObjectList`. */
    ApplicationPermissionApplyApprovalObject: Schemas.ApplicationPermissionApplyApprovalObject;
    /** @description Part of `AuthorizeApplicationAccessDto.list`. */
    ApplicationPermissionRecordItem: Schemas.ApplicationPermissionRecordItem;
    /** @description Part of `ApplicationDto.registerConfig` and `CreateApplicationRespDataDto.registerConfig`. */
    ApplicationRegisterConfig: Schemas.ApplicationRegisterConfig;
    /** @description Part of `CreateApplicationDto.registerConfig` and `UpdateApplicationDto.registerConfig`. */
    ApplicationRegisterConfigInputDto: Schemas.ApplicationRegisterConfigInputDto;
    /** @description Part of `ApplicationSimpleInfoPaginatedDataDto.list` and `ApplicationSimpleInfoSingleRespDto.data`. */
    ApplicationSimpleInfoDto: Schemas.ApplicationSimpleInfoDto;
    /** @description Part of `ApplicationSimpleInfoPaginatedRespDto.data`. */
    ApplicationSimpleInfoPaginatedDataDto: Schemas.ApplicationSimpleInfoPaginatedDataDto;
    /** @description What `listApplicationSimpleInfo` answers. */
    ApplicationSimpleInfoPaginatedRespDto: Schemas.ApplicationSimpleInfoPaginatedRespDto;
    /** @description What `getApplicationSimpleInfo` answers. */
    ApplicationSimpleInfoSingleRespDto: Schemas.ApplicationSimpleInfoSingleRespDto;
    /** @description What `getApplication` answers. */
    ApplicationSingleRespDto: Schemas.ApplicationSingleRespDto;
    /** @description Part of `UpdateLoginConfig.tabMethodsSortConfig` and `UpdateLoginConfig.qrCodeSortConfig`. */
    ApplicationTabMethodsSortConfigDto: Schemas.ApplicationTabMethodsSortConfigDto;
    /** @description Request body of `batchProcessApproval`. */
    ApprovalBatchProcessReq: Schemas.ApprovalBatchProcessReq;
    /** @description Part of `ApprovalDetailRes.data` and `ApprovalPageList.list`. */
    ApprovalDetailDto: Schemas.ApprovalDetailDto;
    /** @description What `getDetail` answers. */
    ApprovalDetailRes: Schemas.ApprovalDetailRes;
    /** @description What `pendList`, `closedList` and `logList` answer. */
    ApprovalListRes: Schemas.ApprovalListRes;
    /** @description Part of `ApprovalListRes.data`. */
    ApprovalPageList: Schemas.ApprovalPageList;
    /** @description Request body of `processApproval`. */
    ApprovalProcessReq: Schemas.ApprovalProcessReq;
    /** @description Request body of `approval` and `reject`. */
    ApprovalUniversalInvitationApplicantDto: Schemas.ApprovalUniversalInvitationApplicantDto;
    /** @description Part of `ListArchivedUsersSingleRespDto.data`. */
    ArchivedUsersListPagingDto: Schemas.ArchivedUsersListPagingDto;
    /** @description Part of `GetExternalUserResourceStructDataDto.arrResourceAuthAction` and `GetUserResourceStructDataDto.arrResourceAuthAction`. */
    ArrResourceAuthAction: Schemas.ArrResourceAuthAction;
    /** @description Part of `OpenResource.arrAuthorize`. */
    ArrayAuthorize: Schemas.ArrayAuthorize;
    /** @description Part of `AsaAccountListRespDto.data`, `AsaAccountPaginatedDataDto.list` and `AsaAccountSingleNullableRespDto.data` and others. */
    AsaAccountDto: Schemas.AsaAccountDto;
    /** @description What `getAsaAccountBatch` answers. */
    AsaAccountListRespDto: Schemas.AsaAccountListRespDto;
    /** @description Part of `AsaAccountPaginatedRespDto.data`. */
    AsaAccountPaginatedDataDto: Schemas.AsaAccountPaginatedDataDto;
    /** @description What `listAsaAccount` answers. */
    AsaAccountPaginatedRespDto: Schemas.AsaAccountPaginatedRespDto;
    /** @description What `getAssignedAccount` answers. */
    AsaAccountSingleNullableRespDto: Schemas.AsaAccountSingleNullableRespDto;
    /** @description What `createAsaAccount`, `updateAsaAccount` and `getAsaAccount` answer. */
    AsaAccountSingleRespDto: Schemas.AsaAccountSingleRespDto;
    /** @description Part of `GetAsaAccountAssignedTargetDataDto.list`. */
    AsaAccountTargetDto: Schemas.AsaAccountTargetDto;
    /** @description Part of `AssignAsaAccountsDto.targets`. */
    AssignAsaAccountItem: Schemas.AssignAsaAccountItem;
    /** @description Request body of `assignAsaAccount` and `unassignAsaAccount`. */
    AssignAsaAccountsDto: Schemas.AssignAsaAccountsDto;
    /** @description Request body of `assignRoleBatch`. */
    AssignRoleBatchDto: Schemas.AssignRoleBatchDto;
    /** @description Request body of `assignRole`. */
    AssignRoleDto: Schemas.AssignRoleDto;
    /** @description Request body of `associateTenantResource`. */
    AssociateTenantResourceDto: Schemas.AssociateTenantResourceDto;
    /** @description Part of `CheckExternalUserPermissionDto.authEnvParams`, `CheckPermissionDto.authEnvParams` and `CheckUserSameLevelPermissionDto.authEnvParams`. */
    AuthEnvParams: Schemas.AuthEnvParams;
    /** @description Request body of `authorizeApplicationAccess`. */
    AuthorizeApplicationAccessDto: Schemas.AuthorizeApplicationAccessDto;
    /** @description Part of `AuthorizeResourcesDto.list`. */
    AuthorizeResourceItem: Schemas.AuthorizeResourceItem;
    /** @description Request body of `authorizeResources`. */
    AuthorizeResourcesDto: Schemas.AuthorizeResourcesDto;
    /** @description Part of `AuthorizedResourceListRespDto.data` and `AuthorizedResourcePagingDto.list`. */
    AuthorizedResourceDto: Schemas.AuthorizedResourceDto;
    /** @description What `getGroupAuthorizedResources` answers. */
    AuthorizedResourceListRespDto: Schemas.AuthorizedResourceListRespDto;
    /** @description What `getUserAuthorizedResources` and `getAuthorizedResources` answer. */
    AuthorizedResourcePaginatedRespDto: Schemas.AuthorizedResourcePaginatedRespDto;
    /** @description Part of `AuthorizedResourcePaginatedRespDto.data`. */
    AuthorizedResourcePagingDto: Schemas.AuthorizedResourcePagingDto;
    /** @description Request body of `batchBindPolicy`. */
    BatchBindPolicy: Schemas.BatchBindPolicy;
    /** @description Request body of `batchCreateDnef`. */
    BatchCreateDnefReq: Schemas.BatchCreateDnefReq;
    /** @description Request body of `batchUnbindPolicy`. */
    BatchUnbindPolicy: Schemas.BatchUnbindPolicy;
    /** @description Request body of `cancelSyncRiskOperation`. */
    CancelSyncRiskOperationDto: Schemas.CancelSyncRiskOperationDto;
    /** @description Part of `CancelSyncRiskOperationsRespDto.data`. */
    CancelSyncRiskOperationsDataDto: Schemas.CancelSyncRiskOperationsDataDto;
    /** @description What `cancelSyncRiskOperation` answers. */
    CancelSyncRiskOperationsRespDto: Schemas.CancelSyncRiskOperationsRespDto;
    /** @description Part of `ApplicationDto.casConfig`, `CreateApplicationDto.casConfig` and `CreateApplicationRespDataDto.casConfig` and others. */
    CasIdPConfig: Schemas.CasIdPConfig;
    /** @description Part of `RowDto.cellList`. */
    CellDto: Schemas.CellDto;
    /** @description Part of `SecuritySettingsDto.changeEmailStrategy` and `UpdateSecuritySettingsDto.changeEmailStrategy`. */
    ChangeEmailStrategyDto: Schemas.ChangeEmailStrategyDto;
    /** @description Request body of `changeExtIdpConnAssociationState`. */
    ChangeExtIdpAssociationStateDto: Schemas.ChangeExtIdpAssociationStateDto;
    /** @description Request body of `changeExtIdpConnState`. */
    ChangeExtIdpConnStateDto: Schemas.ChangeExtIdpConnStateDto;
    /** @description Part of `SecuritySettingsDto.changePhoneStrategy` and `UpdateSecuritySettingsDto.changePhoneStrategy`. */
    ChangePhoneStrategyDto: Schemas.ChangePhoneStrategyDto;
    /** @description Request body of `changeUserpoolTenanExtIdpConnState`. */
    ChangeUserPoolTenantExtIdpConnDto: Schemas.ChangeUserPoolTenantExtIdpConnDto;
    /** @description Request body of `checkDomainAvailable`. */
    CheckDomainAvailable: Schemas.CheckDomainAvailable;
    /** @description Part of `CheckDomainAvailableSecretRespDto.data`. */
    CheckDomainAvailableDataDto: Schemas.CheckDomainAvailableDataDto;
    /** @description What `checkDomainAvailable` answers. */
    CheckDomainAvailableSecretRespDto: Schemas.CheckDomainAvailableSecretRespDto;
    /** @description Part of `CheckExternalUserPermissionRespDto.data`. */
    CheckExternalUserPermissionDataDto: Schemas.CheckExternalUserPermissionDataDto;
    /** @description Request body of `checkExternalUserPermission`. */
    CheckExternalUserPermissionDto: Schemas.CheckExternalUserPermissionDto;
    /** @description What `checkExternalUserPermission` answers. */
    CheckExternalUserPermissionRespDto: Schemas.CheckExternalUserPermissionRespDto;
    /** @description Part of `CheckExternalUserPermissionDataDto.checkResultList`. */
    CheckExternalUserPermissionsRespDto: Schemas.CheckExternalUserPermissionsRespDto;
    /** @description Part of `CheckParamsDataPolicyResponseDto.data`. */
    CheckParamsDataPolicyRespDto: Schemas.CheckParamsDataPolicyRespDto;
    /** @description What `checkDataPolicyExists` answers. */
    CheckParamsDataPolicyResponseDto: Schemas.CheckParamsDataPolicyResponseDto;
    /** @description Part of `CheckParamsDataResourceResponseDto.data`. */
    CheckParamsDataResourceRespDto: Schemas.CheckParamsDataResourceRespDto;
    /** @description What `checkDataResourceExists` answers. */
    CheckParamsDataResourceResponseDto: Schemas.CheckParamsDataResourceResponseDto;
    /** @description Part of `CheckPermissionRespDto.data`. */
    CheckPermissionDataDto: Schemas.CheckPermissionDataDto;
    /** @description Request body of `checkPermission`. */
    CheckPermissionDto: Schemas.CheckPermissionDto;
    /** @description Request body of `checkPermissionNamespaceExists`. */
    CheckPermissionNamespaceExistsDto: Schemas.CheckPermissionNamespaceExistsDto;
    /** @description Part of `PermissionNamespaceCheckExistsRespDto.data`. */
    CheckPermissionNamespaceExistsRespDto: Schemas.CheckPermissionNamespaceExistsRespDto;
    /** @description What `checkPermission` answers. */
    CheckPermissionRespDto: Schemas.CheckPermissionRespDto;
    /** @description Part of `CheckPermissionDataDto.checkResultList`. */
    CheckPermissionsRespDto: Schemas.CheckPermissionsRespDto;
    /** @description Request body of `checkMutualExclusion`. */
    CheckRoleMutualExclusionReqDto: Schemas.CheckRoleMutualExclusionReqDto;
    /** @description What `checkMutualExclusion` answers. */
    CheckRoleMutualExclusionRespDto: Schemas.CheckRoleMutualExclusionRespDto;
    /** @description Part of `CheckRoleMutualExclusionRespDto.data`. */
    CheckRoleMutualExclusionResultDto: Schemas.CheckRoleMutualExclusionResultDto;
    /** @description Request body of `checkParamsNamespace`. */
    CheckRoleParamsDto: Schemas.CheckRoleParamsDto;
    /** @description Part of `RoleCheckParamsRespDto.data`. */
    CheckRoleParamsRespDto: Schemas.CheckRoleParamsRespDto;
    /** @description Part of `CheckSessionStatusRespDto.data`. */
    CheckSessionStatusDataDto: Schemas.CheckSessionStatusDataDto;
    /** @description Request body of `checkSessionStatus`. */
    CheckSessionStatusDto: Schemas.CheckSessionStatusDto;
    /** @description What `checkSessionStatus` answers. */
    CheckSessionStatusRespDto: Schemas.CheckSessionStatusRespDto;
    /** @description Part of `CheckUserSameLevelPermissionResponseDto.data`. */
    CheckUserSameLevelPermissionDataDto: Schemas.CheckUserSameLevelPermissionDataDto;
    /** @description Request body of `checkUserSameLevelPermission`. */
    CheckUserSameLevelPermissionDto: Schemas.CheckUserSameLevelPermissionDto;
    /** @description Part of `CheckUserSameLevelPermissionDataDto.checkLevelResultList`. */
    CheckUserSameLevelPermissionRespDto: Schemas.CheckUserSameLevelPermissionRespDto;
    /** @description What `checkUserSameLevelPermission` answers. */
    CheckUserSameLevelPermissionResponseDto: Schemas.CheckUserSameLevelPermissionResponseDto;
    /** @description Part of `CombineFiltersBaseDto.filters`. */
    CombineFilterItemDto: Schemas.CombineFilterItemDto;
    /** @description Part of `ListInvitationRosterByPolicyIdDto.filter`, `ListInvitationRosterDto.filter` and `ListInvitationUserDto.filter` and others. */
    CombineFiltersBaseDto: Schemas.CombineFiltersBaseDto;
    /** @description Part of `CommonResourcePagingDto.list`. */
    CommonResourceDto: Schemas.CommonResourceDto;
    /** @description What `listCommonResource` answers. */
    CommonResourcePaginatedRespDto: Schemas.CommonResourcePaginatedRespDto;
    /** @description Part of `CommonResourcePaginatedRespDto.data`. */
    CommonResourcePagingDto: Schemas.CommonResourcePagingDto;
    /** @description What `removePost`, `setUserPosts`, `userConnectionPost`, `removeRow` and 41 more answer. */
    CommonResponseDto: Schemas.CommonResponseDto;
    /** @description Part of `InvitationRosterDto.creatorDetail`, `InvitationUserDto.creatorDetail` and `UniversalInvitationApplicantData.inviterDetail` and others. */
    CommonUserDto: Schemas.CommonUserDto;
    /** @description Part of `CreateFunctionModelFieldDto.relationOptionalRange`, `FilterDto.conditions` and `GetAllRowDto.conditions` and others. */
    Condition: Schemas.Condition;
    /** @description Part of `CreateDnefReq.config`, `ExtendField.config` and `UpdateDnefReq.config`. */
    Config: Schemas.Config;
    /** @description Request body of `configEmailProvider`. */
    ConfigEmailProviderDto: Schemas.ConfigEmailProviderDto;
    /** @description Part of `SecuritySettingsDto.cookieSettings` and `UpdateSecuritySettingsDto.cookieSettings`. */
    CookieSettingsDto: Schemas.CookieSettingsDto;
    /** @description Request body of `copyInvitationPolicyById`. */
    CopyInvitationPolicyDto: Schemas.CopyInvitationPolicyDto;
    /** @description Request body of `copyRowRelation`. */
    CopyRowRelationDto: Schemas.CopyRowRelationDto;
    /** @description Part of `CostGetCurrentPackageRespDto.data`. */
    CostCurrentPackageInfo: Schemas.CostCurrentPackageInfo;
    /** @description What `getAllRightsItem` answers. */
    CostGetAllRightItemRespDto: Schemas.CostGetAllRightItemRespDto;
    /** @description What `getCurrentPackageInfo` answers. */
    CostGetCurrentPackageRespDto: Schemas.CostGetCurrentPackageRespDto;
    /** @description What `getUsageInfo` answers. */
    CostGetCurrentUsageRespDto: Schemas.CostGetCurrentUsageRespDto;
    /** @description What `getMauPeriodUsageHistory` answers. */
    CostGetMauPeriodUsageHistoryRespDto: Schemas.CostGetMauPeriodUsageHistoryRespDto;
    /** @description What `getOrderDetail` answers. */
    CostGetOrderDetailRespDto: Schemas.CostGetOrderDetailRespDto;
    /** @description Part of `CostGetOrderPayDetailRespDto.data`. */
    CostGetOrderPayDetail: Schemas.CostGetOrderPayDetail;
    /** @description What `getOrderPayDetail` answers. */
    CostGetOrderPayDetailRespDto: Schemas.CostGetOrderPayDetailRespDto;
    /** @description What `getOrders` answers. */
    CostGetOrdersRespDto: Schemas.CostGetOrdersRespDto;
    /** @description Request body of `createAccessKey`. */
    CreateAccessKeyDto: Schemas.CreateAccessKeyDto;
    /** @description Part of `CreateAccessKeyResponseDto.data`. */
    CreateAccessKeyRespDto: Schemas.CreateAccessKeyRespDto;
    /** @description What `createAccessKey` answers. */
    CreateAccessKeyResponseDto: Schemas.CreateAccessKeyResponseDto;
    /** @description Request body of `createAdminRole`. */
    CreateAdminRoleDto: Schemas.CreateAdminRoleDto;
    /** @description Request body of `createApplication`. */
    CreateApplicationDto: Schemas.CreateApplicationDto;
    /** @description Part of `CreateApplicationRespDto.data`. */
    CreateApplicationRespDataDto: Schemas.CreateApplicationRespDataDto;
    /** @description What `createApplication` answers. */
    CreateApplicationRespDto: Schemas.CreateApplicationRespDto;
    /** @description Request body of `createDataResourceByArray`. */
    CreateArrayDataResourceDto: Schemas.CreateArrayDataResourceDto;
    /** @description Part of `CreateArrayDataResourceResponseDto.data`. */
    CreateArrayDataResourceRespDto: Schemas.CreateArrayDataResourceRespDto;
    /** @description What `createDataResourceByArray` answers. */
    CreateArrayDataResourceResponseDto: Schemas.CreateArrayDataResourceResponseDto;
    /** @description Request body of `createAsaAccount`. */
    CreateAsaAccountDto: Schemas.CreateAsaAccountDto;
    /** @description Request body of `createAsaAccountBatch`. */
    CreateAsaAccountsBatchDto: Schemas.CreateAsaAccountsBatchDto;
    /** @description Part of `CreateAsaAccountsBatchDto.list`. */
    CreateAsaAccountsBatchItemDto: Schemas.CreateAsaAccountsBatchItemDto;
    /** @description Request body of `authorizeDataPolicies`. */
    CreateAuthorizeDataPolicyDto: Schemas.CreateAuthorizeDataPolicyDto;
    /** @description Request body of `createDataPolicy`. */
    CreateDataPolicyDto: Schemas.CreateDataPolicyDto;
    /** @description Part of `CreateDataPolicyResponseDto.data`. */
    CreateDataPolicyRespDto: Schemas.CreateDataPolicyRespDto;
    /** @description What `createDataPolicy` answers. */
    CreateDataPolicyResponseDto: Schemas.CreateDataPolicyResponseDto;
    /** @description Request body of `createDataResource`. */
    CreateDataResourceDto: Schemas.CreateDataResourceDto;
    /** @description Part of `CreateDataResourceResponseDto.data`. */
    CreateDataResourceRespDto: Schemas.CreateDataResourceRespDto;
    /** @description What `createDataResource` answers. */
    CreateDataResourceResponseDto: Schemas.CreateDataResourceResponseDto;
    /** @description Request body of `createDepartment`. */
    CreateDepartmentReqDto: Schemas.CreateDepartmentReqDto;
    /** @description Request body of `createDepartmentTree`. */
    CreateDepartmentTreeReqDto: Schemas.CreateDepartmentTreeReqDto;
    /** @description What `createDepartmentTree` answers. */
    CreateDepartmentTreeRespDto: Schemas.CreateDepartmentTreeRespDto;
    /** @description Request body of `createDnef`. */
    CreateDnefReq: Schemas.CreateDnefReq;
    /** @description Request body of `createEventApp`. */
    CreateEventAppDto: Schemas.CreateEventAppDto;
    /** @description Request body of `createExtIdpConn`. */
    CreateExtIdpConnDto: Schemas.CreateExtIdpConnDto;
    /** @description Request body of `createExtIdp`. */
    CreateExtIdpDto: Schemas.CreateExtIdpDto;
    /** @description Request body of `createModel`. */
    CreateFunctionModelDto: Schemas.CreateFunctionModelDto;
    /** @description Request body of `createField`. */
    CreateFunctionModelFieldDto: Schemas.CreateFunctionModelFieldDto;
    /** @description Request body of `createGroupsBatch`. */
    CreateGroupBatchReqDto: Schemas.CreateGroupBatchReqDto;
    /** @description Request body of `createGroup`. */
    CreateGroupReqDto: Schemas.CreateGroupReqDto;
    /** @description Part of `CreateUserInfoDto.identities` and `CreateUserReqDto.identities`. */
    CreateIdentityDto: Schemas.CreateIdentityDto;
    /** @description Request body of `createInvitationPolicy`. */
    CreateInvitationPolicyDto: Schemas.CreateInvitationPolicyDto;
    /** @description Request body of `createInvitationRoster`. */
    CreateInvitationRosterDto: Schemas.CreateInvitationRosterDto;
    /** @description Request body of `createMultipleTenantAdmin`. */
    CreateMultipleTenantAdminDto: Schemas.CreateMultipleTenantAdminDto;
    /** @description Request body of `createNamespace`. */
    CreateNamespaceDto: Schemas.CreateNamespaceDto;
    /** @description Request body of `createNamespacesBatch`. */
    CreateNamespacesBatchDto: Schemas.CreateNamespacesBatchDto;
    /** @description Part of `CreateNamespacesBatchDto.list`. */
    CreateNamespacesBatchItemDto: Schemas.CreateNamespacesBatchItemDto;
    /** @description Request body of `createOperate`. */
    CreateOperateModelDto: Schemas.CreateOperateModelDto;
    /** @description Part of `CreateOrUpdateGroupRespDto.data`. */
    CreateOrUpdateGroupDataDto: Schemas.CreateOrUpdateGroupDataDto;
    /** @description Request body of `createOrUpdateGroup`. */
    CreateOrUpdateGroupReqDto: Schemas.CreateOrUpdateGroupReqDto;
    /** @description What `createOrUpdateGroup` answers. */
    CreateOrUpdateGroupRespDto: Schemas.CreateOrUpdateGroupRespDto;
    /** @description Request body of `createOrganization`. */
    CreateOrganizationReqDto: Schemas.CreateOrganizationReqDto;
    /** @description Request body of `createPermissionNamespace`. */
    CreatePermissionNamespaceDto: Schemas.CreatePermissionNamespaceDto;
    /** @description Part of `CreatePermissionNamespaceResponseDto.data`. */
    CreatePermissionNamespaceRespDto: Schemas.CreatePermissionNamespaceRespDto;
    /** @description What `createPermissionNamespace` answers. */
    CreatePermissionNamespaceResponseDto: Schemas.CreatePermissionNamespaceResponseDto;
    /** @description Request body of `createPermissionNamespacesBatch`. */
    CreatePermissionNamespacesBatchDto: Schemas.CreatePermissionNamespacesBatchDto;
    /** @description Part of `CreatePermissionNamespacesBatchDto.list`. */
    CreatePermissionNamespacesBatchItemDto: Schemas.CreatePermissionNamespacesBatchItemDto;
    /** @description Request body of `createPipelineFunction`. */
    CreatePipelineFunctionDto: Schemas.CreatePipelineFunctionDto;
    /** @description Request body of `createPost` and `updatePost`. What `getPost`, `getUserPost` and `getPostOfPublicUser` answer. */
    CreatePostDto: Schemas.CreatePostDto;
    /** @description What `createPost` and `updatePost` answer. */
    CreatePostRespDto: Schemas.CreatePostRespDto;
    /** @description Request body of `createPublicAccountsBatch`. */
    CreatePublicAccountBatchReqDto: Schemas.CreatePublicAccountBatchReqDto;
    /** @description Request body of `changeIntoPublicAccount`. */
    CreatePublicAccountFromUserDto: Schemas.CreatePublicAccountFromUserDto;
    /** @description Part of `CreatePublicAccountBatchReqDto.options` and `CreatePublicAccountReqDto.options`. */
    CreatePublicAccountOptionsDto: Schemas.CreatePublicAccountOptionsDto;
    /** @description Part of `CreatePublicAccountReqDto.otp`. */
    CreatePublicAccountOtpDto: Schemas.CreatePublicAccountOtpDto;
    /** @description Request body of `createPublicAccount`. */
    CreatePublicAccountReqDto: Schemas.CreatePublicAccountReqDto;
    /** @description Request body of `createRowRelation`. */
    CreateRelationValueDto: Schemas.CreateRelationValueDto;
    /** @description Part of `CreateResourcesBatchDto.list`. */
    CreateResourceBatchItemDto: Schemas.CreateResourceBatchItemDto;
    /** @description Request body of `createResource`. */
    CreateResourceDto: Schemas.CreateResourceDto;
    /** @description Request body of `createResourcesBatch`. */
    CreateResourcesBatchDto: Schemas.CreateResourcesBatchDto;
    /** @description Request body of `createRole`. */
    CreateRoleDto: Schemas.CreateRoleDto;
    /** @description Request body of `createRolesBatch`. */
    CreateRolesBatch: Schemas.CreateRolesBatch;
    /** @description Request body of `createRow`. */
    CreateRowDto: Schemas.CreateRowDto;
    /** @description Request body of `createDataResourceByString`. */
    CreateStringDataResourceDto: Schemas.CreateStringDataResourceDto;
    /** @description Part of `CreateStringDataResourceResponseDto.data`. */
    CreateStringDataResourceRespDto: Schemas.CreateStringDataResourceRespDto;
    /** @description What `createDataResourceByString` answers. */
    CreateStringDataResourceResponseDto: Schemas.CreateStringDataResourceResponseDto;
    /** @description Request body of `createSyncTask`. */
    CreateSyncTaskDto: Schemas.CreateSyncTaskDto;
    /** @description Request body of `createTenantCooperator`. */
    CreateTenantCooperatorDto: Schemas.CreateTenantCooperatorDto;
    /** @description Request body of `createTenant`. */
    CreateTenantDto: Schemas.CreateTenantDto;
    /** @description Request body of `createTenantEnterpriseCertification` and `updateTenantEnterpriseCertification`. */
    CreateTenantEnterpriseCertificationBodyDto: Schemas.CreateTenantEnterpriseCertificationBodyDto;
    /** @description What `createTenant` answers. */
    CreateTenantRespDto: Schemas.CreateTenantRespDto;
    /** @description Part of `CreateTenantUserReqDto.options`. */
    CreateTenantUserOptionsDto: Schemas.CreateTenantUserOptionsDto;
    /** @description Request body of `createTenantUser`. */
    CreateTenantUserReqDto: Schemas.CreateTenantUserReqDto;
    /** @description Request body of `createDevice`, `addDevice` and `createVerifyDevice`. */
    CreateTerminalDto: Schemas.CreateTerminalDto;
    /** @description Request body of `createDataResourceByTree`. */
    CreateTreeDataResourceDto: Schemas.CreateTreeDataResourceDto;
    /** @description Part of `CreateTreeDataResourceResponseDto.data`. */
    CreateTreeDataResourceRespDto: Schemas.CreateTreeDataResourceRespDto;
    /** @description What `createDataResourceByTree` answers. */
    CreateTreeDataResourceResponseDto: Schemas.CreateTreeDataResourceResponseDto;
    /** @description Request body of `capture`. */
    CreateUEBADto: Schemas.CreateUEBADto;
    /** @description What `capture` answers. */
    CreateUEBARespDto: Schemas.CreateUEBARespDto;
    /** @description Request body of `createUsersBatch`. */
    CreateUserBatchReqDto: Schemas.CreateUserBatchReqDto;
    /** @description Part of `CreateUserBatchReqDto.list`. */
    CreateUserInfoDto: Schemas.CreateUserInfoDto;
    /** @description Part of `CreateUserBatchReqDto.options` and `CreateUserReqDto.options`. */
    CreateUserOptionsDto: Schemas.CreateUserOptionsDto;
    /** @description Part of `CreateUserInfoDto.otp` and `CreateUserReqDto.otp`. */
    CreateUserOtpDto: Schemas.CreateUserOtpDto;
    /** @description Request body of `createUser`. */
    CreateUserReqDto: Schemas.CreateUserReqDto;
    /** @description Request body of `createWebhook`. */
    CreateWebhookDto: Schemas.CreateWebhookDto;
    /** @description What `createWebhook` answers. */
    CreateWebhookRespDto: Schemas.CreateWebhookRespDto;
    /** @description Part of `CurrentUsageRespDto.usages`. */
    CurrentUsageDto: Schemas.CurrentUsageDto;
    /** @description Part of `CostGetCurrentUsageRespDto.data`. */
    CurrentUsageRespDto: Schemas.CurrentUsageRespDto;
    /** @description Part of `CustomFieldListRespDto.data`. */
    CustomFieldDto: Schemas.CustomFieldDto;
    /** @description Part of `CustomFieldDto.i18n`, `ExtendsFieldDto.i18n` and `SetCustomFieldDto.i18n` and others. */
    CustomFieldI18n: Schemas.CustomFieldI18n;
    /** @description What `getUserBaseFields`, `setUserBaseFields`, `getCustomFields` and `setCustomFields` answer. */
    CustomFieldListRespDto: Schemas.CustomFieldListRespDto;
    /** @description Part of `CustomFieldDto.options` and `SetCustomFieldDto.options`. */
    CustomFieldSelectOption: Schemas.CustomFieldSelectOption;
    /** @description Part of `ListDataPoliciesPaginatedRespDto.data`. */
    DataPoliciesPaginatedRespDto: Schemas.DataPoliciesPaginatedRespDto;
    /** @description Part of `ListSimpleDataPoliciesPaginatedRespDto.data`. */
    DataPoliciesSimplePaginatedRespDto: Schemas.DataPoliciesSimplePaginatedRespDto;
    /** @description Part of `ListDataPoliciesRespDto.resourceList`. */
    DataResourceSimpleRespDto: Schemas.DataResourceSimpleRespDto;
    /** @description Part of `CreateDataResourceDto.struct`, `CreateDataResourceRespDto.struct` and `CreateTreeDataResourceDto.struct` and others. */
    DataResourceTreeStructs: Schemas.DataResourceTreeStructs;
    /** @description Part of `ListDataResourcesPaginatedRespDto.data`. */
    DataResourcesPaginatedRespDto: Schemas.DataResourcesPaginatedRespDto;
    /** @description Part of `CreateDataPolicyDto.statementList` and `UpdateDataPolicyDto.statementList`. */
    DataStatementPermissionDto: Schemas.DataStatementPermissionDto;
    /** @description Part of `ListDataPolicySubjectPageDto.list`. */
    DataSubjectRespDto: Schemas.DataSubjectRespDto;
    /** @description Part of `CreateInvitationPolicyDto.defaultPasswordConfig` and `UpdateInvitationPolicyDto.defaultPasswordConfig`. */
    DefaultPasswordConfigDto: Schemas.DefaultPasswordConfigDto;
    /** @description Request body of `defineEvent`. */
    DefineEventDto: Schemas.DefineEventDto;
    /** @description Request body of `deleteAccessKey`. */
    DeleteAccessKeyDto: Schemas.DeleteAccessKeyDto;
    /** @description Request body of `deleteAdminRolesBatch`. */
    DeleteAdminRoleDto: Schemas.DeleteAdminRoleDto;
    /** @description Request body of `deleteApplication`. */
    DeleteApplicationDto: Schemas.DeleteApplicationDto;
    /** @description Part of `RevokeApplicationAccessDto.list`. */
    DeleteApplicationPermissionRecordItem: Schemas.DeleteApplicationPermissionRecordItem;
    /** @description Request body of `deleteAsaAccountBatch`. */
    DeleteAsaAccountBatchDto: Schemas.DeleteAsaAccountBatchDto;
    /** @description Request body of `deleteAsaAccount`. */
    DeleteAsaAccountDto: Schemas.DeleteAsaAccountDto;
    /** @description Request body of `revokeDataPolicy`. */
    DeleteAuthorizeDataPolicyDto: Schemas.DeleteAuthorizeDataPolicyDto;
    /** @description Request body of `batchDeleteCommonResource`. */
    DeleteCommonResourcesBatchDto: Schemas.DeleteCommonResourcesBatchDto;
    /** @description Part of `DeleteCustomFieldsReqDto.list`. */
    DeleteCustomFieldDto: Schemas.DeleteCustomFieldDto;
    /** @description Request body of `deleteCustomFields`. */
    DeleteCustomFieldsReqDto: Schemas.DeleteCustomFieldsReqDto;
    /** @description Request body of `deleteDataPolicy`. */
    DeleteDataPolicyDto: Schemas.DeleteDataPolicyDto;
    /** @description Request body of `deleteDataResource`. */
    DeleteDataResourceDto: Schemas.DeleteDataResourceDto;
    /** @description Request body of `deleteDepartment`. */
    DeleteDepartmentReqDto: Schemas.DeleteDepartmentReqDto;
    /** @description Request body of `deleteDepartmentSyncRelations`. */
    DeleteDepartmentSyncRelationReqDto: Schemas.DeleteDepartmentSyncRelationReqDto;
    /** @description Request body of `remove`. */
    DeleteDeviceExclusiveValidScopeSettingsByIdsDto: Schemas.DeleteDeviceExclusiveValidScopeSettingsByIdsDto;
    /** @description Request body of `deleteDnef`. */
    DeleteDnefReq: Schemas.DeleteDnefReq;
    /** @description Request body of `deleteExtIdpConn`. */
    DeleteExtIdpConnDto: Schemas.DeleteExtIdpConnDto;
    /** @description Request body of `deleteExtIdp`. */
    DeleteExtIdpDto: Schemas.DeleteExtIdpDto;
    /** @description Request body of `deleteGroupsBatch`. */
    DeleteGroupsReqDto: Schemas.DeleteGroupsReqDto;
    /** @description Request body of `batchDeleteInvitationPolicies`. */
    DeleteInvitationPolicyByIdsDto: Schemas.DeleteInvitationPolicyByIdsDto;
    /** @description Request body of `deleteInvitationRosterBatch`. */
    DeleteInvitationRosterBatchDto: Schemas.DeleteInvitationRosterBatchDto;
    /** @description Request body of `deleteInvitationRoster`. */
    DeleteInvitationRosterDto: Schemas.DeleteInvitationRosterDto;
    /** @description Request body of `deleteNamespace`. */
    DeleteNamespaceDto: Schemas.DeleteNamespaceDto;
    /** @description Request body of `deleteNamespacesBatch`. */
    DeleteNamespacesBatchDto: Schemas.DeleteNamespacesBatchDto;
    /** @description Request body of `deleteOrganization`. */
    DeleteOrganizationReqDto: Schemas.DeleteOrganizationReqDto;
    /** @description Request body of `deletePermissionNamespace`. */
    DeletePermissionNamespaceDto: Schemas.DeletePermissionNamespaceDto;
    /** @description Request body of `deletePermissionNamespacesBatch`. */
    DeletePermissionNamespacesBatchDto: Schemas.DeletePermissionNamespacesBatchDto;
    /** @description Request body of `deletePipelineFunction`. */
    DeletePipelineFunctionDto: Schemas.DeletePipelineFunctionDto;
    /** @description Request body of `deletePublicAccountsBatch`. */
    DeletePublicAccountsBatchDto: Schemas.DeletePublicAccountsBatchDto;
    /** @description Part of `DeletePublicAccountsBatchDto.options`. */
    DeletePublicAccountsBatchOptionsDto: Schemas.DeletePublicAccountsBatchOptionsDto;
    /** @description Request body of `deleteResource`. */
    DeleteResourceDto: Schemas.DeleteResourceDto;
    /** @description Request body of `deleteResourcesBatch`. */
    DeleteResourcesBatchDto: Schemas.DeleteResourcesBatchDto;
    /** @description Request body of `deleteRoles`. */
    DeleteRoleBatchDto: Schemas.DeleteRoleBatchDto;
    /** @description Request body of `deleteRolesBatch`. */
    DeleteRoleDto: Schemas.DeleteRoleDto;
    /** @description Request body of `deleteInvitees`. */
    DeleteRosterUsersDto: Schemas.DeleteRosterUsersDto;
    /** @description Request body of `deleteTenant`. */
    DeleteTenantDto: Schemas.DeleteTenantDto;
    /** @description Request body of `deleteDevice`. */
    DeleteTerminalUserDto: Schemas.DeleteTerminalUserDto;
    /** @description Request body of `deleteUserSyncRelations`. */
    DeleteUserSyncRelationReqDto: Schemas.DeleteUserSyncRelationReqDto;
    /** @description Request body of `deleteUsersBatch`. */
    DeleteUsersBatchDto: Schemas.DeleteUsersBatchDto;
    /** @description Part of `DeleteUsersBatchDto.options`. */
    DeleteUsersBatchOptionsDto: Schemas.DeleteUsersBatchOptionsDto;
    /** @description Request body of `deleteWebhook`. */
    DeleteWebhookDto: Schemas.DeleteWebhookDto;
    /** @description Request body of `deleteWhitelist`. */
    DeleteWhitelistDto: Schemas.DeleteWhitelistDto;
    /** @description Request body of `deleteWhitelistOfApp`. */
    DeleteWhitelistOfAppDto: Schemas.DeleteWhitelistOfAppDto;
    /** @description Part of `DepartmentListRespDto.data`, `DepartmentPagingDto.list` and `DepartmentSingleRespDto.data`. */
    DepartmentDto: Schemas.DepartmentDto;
    /** @description Part of `CreateDepartmentReqDto.i18n`, `DepartmentDto.i18n` and `InvitationDepartmentRespDto.i18n` and others. */
    DepartmentI18nDto: Schemas.DepartmentI18nDto;
    /** @description What `searchDepartments` and `searchDepartmentsList` answer. */
    DepartmentListRespDto: Schemas.DepartmentListRespDto;
    /** @description What `listChildrenDepartments` and `getAllDepartments` answer. */
    DepartmentPaginatedRespDto: Schemas.DepartmentPaginatedRespDto;
    /** @description Part of `DepartmentPaginatedRespDto.data`. */
    DepartmentPagingDto: Schemas.DepartmentPagingDto;
    /** @description What `getDepartment`, `getDepartmentAllApp`, `createDepartment`, `updateDepartment` and 2 more answer. */
    DepartmentSingleRespDto: Schemas.DepartmentSingleRespDto;
    /** @description Part of `SearchDepartmentsListReqDto.sort`. */
    DepartmentSortingDto: Schemas.DepartmentSortingDto;
    /** @description Part of `GetDeviceExclusiveValidScopeAppRespDto.data`. */
    DeviceExclusiveValidScopeAppDataDto: Schemas.DeviceExclusiveValidScopeAppDataDto;
    /** @description Part of `GetDeviceExclusiveRuleDataDto.deviceRule` and `UpdateDeviceExclusiveRuleDto.deviceRule`. */
    DeviceRuleDto: Schemas.DeviceRuleDto;
    /** @description What `getDeviceStatus` answers. */
    DeviceStatusRespDto: Schemas.DeviceStatusRespDto;
    /** @description Part of `DeviceStatusRespDto.data`. */
    DeviceStatusResponseDataDto: Schemas.DeviceStatusResponseDataDto;
    /** @description Part of `ListDnefPaginatedRespDto.data`. */
    DnefPaginatedRespDto: Schemas.DnefPaginatedRespDto;
    /** @description Part of `CreateFunctionModelFieldDto.dropDown`. */
    DropDownItemDto: Schemas.DropDownItemDto;
    /** @description Part of `EmailProviderRespDto.data`. */
    EmailProviderDto: Schemas.EmailProviderDto;
    /** @description What `getEmailProvider` and `configEmailProvider` answer. */
    EmailProviderRespDto: Schemas.EmailProviderRespDto;
    /** @description Part of `GetEmailTemplatesDataDto.categories`. */
    EmailTemplateCategoryDto: Schemas.EmailTemplateCategoryDto;
    /** @description Part of `EmailTemplateSingleItemRespDto.data`, `GetEmailTemplateRespDto.data` and `GetEmailTemplatesDataDto.templates`. */
    EmailTemplateDto: Schemas.EmailTemplateDto;
    /** @description Request body of `getInviteEmailTemplate`. */
    EmailTemplateQueryDto: Schemas.EmailTemplateQueryDto;
    /** @description What `updateEmailTemplate` answers. */
    EmailTemplateSingleItemRespDto: Schemas.EmailTemplateSingleItemRespDto;
    /** @description Part of `AppValidateRuleDto.i18n`. */
    ErrMsgI18nDto: Schemas.ErrMsgI18nDto;
    /** @description Part of `EventAppPagingDto.list`. */
    EventAppDto: Schemas.EventAppDto;
    /** @description What `listEventApps` answers. */
    EventAppPaginatedRespDto: Schemas.EventAppPaginatedRespDto;
    /** @description Part of `EventAppPaginatedRespDto.data`. */
    EventAppPagingDto: Schemas.EventAppPagingDto;
    /** @description Part of `FilterDto.expand`. */
    Expand: Schemas.Expand;
    /** @description Request body of `exportModel`. */
    ExportMetadataDto: Schemas.ExportMetadataDto;
    /** @description Request body of `exportMetadata`. */
    ExportModelDto: Schemas.ExportModelDto;
    /** @description Request body of `exportUsers`. */
    ExportUsersDto: Schemas.ExportUsersDto;
    /** @description Part of `ExtIdpConnDetailSingleRespDto.data`. */
    ExtIdpConnDetail: Schemas.ExtIdpConnDetail;
    /** @description What `createExtIdpConn` and `updateExtIdpConn` answer. */
    ExtIdpConnDetailSingleRespDto: Schemas.ExtIdpConnDetailSingleRespDto;
    /** @description Part of `ExtIdpDetailSingleRespDto.data`. */
    ExtIdpDetail: Schemas.ExtIdpDetail;
    /** @description What `getExtIdp` answers. */
    ExtIdpDetailSingleRespDto: Schemas.ExtIdpDetailSingleRespDto;
    /** @description Part of `ExtIdpListPagingDto.list` and `ExtIdpSingleRespDto.data`. */
    ExtIdpDto: Schemas.ExtIdpDto;
    /** @description What `listExtIdp`, `listTenantExtIdp` and `extIdpConnStateByApps` answer. */
    ExtIdpListPaginatedRespDto: Schemas.ExtIdpListPaginatedRespDto;
    /** @description Part of `ExtIdpListPaginatedRespDto.data`. */
    ExtIdpListPagingDto: Schemas.ExtIdpListPagingDto;
    /** @description What `createExtIdp` and `updateExtIdp` answer. */
    ExtIdpSingleRespDto: Schemas.ExtIdpSingleRespDto;
    /** @description Part of `BatchCreateDnefReq.fieldList`, `CreateDataResourceDto.extendFieldList` and `CreateDataResourceRespDto.extendFieldList` and others. */
    ExtendField: Schemas.ExtendField;
    /** @description Part of `GetExtendsFieldsDto.extendsFields`. */
    ExtendsFieldDto: Schemas.ExtendsFieldDto;
    /** @description Part of `ApprovalDetailDto.extraParams`. */
    ExtraParams: Schemas.ExtraParams;
    /** @description Request body of `listRow`. */
    FilterDto: Schemas.FilterDto;
    /** @description What `listField` answers. */
    FunctionFieldListResDto: Schemas.FunctionFieldListResDto;
    /** @description Part of `FunctionModelListDto.list` and `FunctionModelResDto.data`. */
    FunctionModelDto: Schemas.FunctionModelDto;
    /** @description Part of `FunctionFieldListResDto.data` and `FunctionModelFieldResDto.data`. */
    FunctionModelFieldDto: Schemas.FunctionModelFieldDto;
    /** @description Request body of `remoteField`. */
    FunctionModelFieldIdDto: Schemas.FunctionModelFieldIdDto;
    /** @description What `createField` and `updateField` answer. */
    FunctionModelFieldResDto: Schemas.FunctionModelFieldResDto;
    /** @description Request body of `removeModel`. */
    FunctionModelIdDto: Schemas.FunctionModelIdDto;
    /** @description What `listModel` answers. */
    FunctionModelListDto: Schemas.FunctionModelListDto;
    /** @description Request body of `removeOperate`, `executeOperate` and `copyOperate`. */
    FunctionModelOperateIdDto: Schemas.FunctionModelOperateIdDto;
    /** @description What `createModel`, `getModel` and `updateModel` answer. */
    FunctionModelResDto: Schemas.FunctionModelResDto;
    /** @description Part of `FunctionModelValueListResDto.data`. */
    FunctionModelValueListDto: Schemas.FunctionModelValueListDto;
    /** @description What `listRow`, `getAllMetadata` and `getMetadataGroupList` answer. */
    FunctionModelValueListResDto: Schemas.FunctionModelValueListResDto;
    /** @description What `getRow`, `getRowByValue`, `createRow` and `updateRow` answer. */
    FunctionModelValueResDto: Schemas.FunctionModelValueResDto;
    /** @description Part of `GenerateInvitationLinkRespDto.data`. */
    GenerateInvitationLinkDto: Schemas.GenerateInvitationLinkDto;
    /** @description What `generateUniversalInvitation` answers. */
    GenerateInvitationLinkRespDto: Schemas.GenerateInvitationLinkRespDto;
    /** @description Request body of `generateInviteTenantUserLink`. */
    GenerateInviteTenantUserLink: Schemas.GenerateInviteTenantUserLink;
    /** @description Part of `AdminAuditLogDto.geoip` and `UserActionLogDto.geoip`. */
    GeoIp: Schemas.GeoIp;
    /** @description Part of `GeoIp.location`. */
    GeoIpLocation: Schemas.GeoIpLocation;
    /** @description Part of `GetAccessKeyResponseDto.data`. */
    GetAccessKeyRespDto: Schemas.GetAccessKeyRespDto;
    /** @description What `getAccessKey` answers. */
    GetAccessKeyResponseDto: Schemas.GetAccessKeyResponseDto;
    /** @description Request body of `getAdminAuditLogs`. */
    GetAdminAuditLogsDto: Schemas.GetAdminAuditLogsDto;
    /** @description Part of `GetAllRowByScrollidResDto.data`. */
    GetAllRowByScrollidDto: Schemas.GetAllRowByScrollidDto;
    /** @description What `getAllMetadataRow` answers. */
    GetAllRowByScrollidResDto: Schemas.GetAllRowByScrollidResDto;
    /** @description Request body of `getAllMetadata`. */
    GetAllRowDto: Schemas.GetAllRowDto;
    /** @description Request body of `getAllMetadataRow`. */
    GetAllRowVyScrollidDto: Schemas.GetAllRowVyScrollidDto;
    /** @description Part of `GetApplicationPermissionStrategyRespDto.data`. */
    GetApplicationPermissionStrategyDataDto: Schemas.GetApplicationPermissionStrategyDataDto;
    /** @description What `getApplicationPermissionStrategy` answers. */
    GetApplicationPermissionStrategyRespDto: Schemas.GetApplicationPermissionStrategyRespDto;
    /** @description Part of `GetApplicationSecretRespDto.data`. */
    GetApplicationSecretDataDto: Schemas.GetApplicationSecretDataDto;
    /** @description What `getApplicationSecret` answers. */
    GetApplicationSecretRespDto: Schemas.GetApplicationSecretRespDto;
    /** @description Part of `GetAsaAccountAssignedTargetRespDto.data`. */
    GetAsaAccountAssignedTargetDataDto: Schemas.GetAsaAccountAssignedTargetDataDto;
    /** @description What `getAsaAccountAssignedTargets` answers. */
    GetAsaAccountAssignedTargetRespDto: Schemas.GetAsaAccountAssignedTargetRespDto;
    /** @description Request body of `getAsaAccountBatch`. */
    GetAsaAccountBatchDto: Schemas.GetAsaAccountBatchDto;
    /** @description What `getCustomData` answers. */
    GetCustomDataRespDto: Schemas.GetCustomDataRespDto;
    /** @description Part of `GetDataPolicyResponseDto.data`. */
    GetDataPolicyRespDto: Schemas.GetDataPolicyRespDto;
    /** @description What `getDataPolicy` answers. */
    GetDataPolicyResponseDto: Schemas.GetDataPolicyResponseDto;
    /** @description Part of `GetDataResourceResponseDto.data`. */
    GetDataResourceRespDto: Schemas.GetDataResourceRespDto;
    /** @description What `getDataResource` answers. */
    GetDataResourceResponseDto: Schemas.GetDataResourceResponseDto;
    /** @description Request body of `getDepartmentAllApp`. */
    GetDepartmentByIdReqDto: Schemas.GetDepartmentByIdReqDto;
    /** @description Part of `GetDeviceExclusiveRuleRespDto.data`. */
    GetDeviceExclusiveRuleDataDto: Schemas.GetDeviceExclusiveRuleDataDto;
    /** @description What `getRuleSettings` and `updateRuleSettings` answer. */
    GetDeviceExclusiveRuleRespDto: Schemas.GetDeviceExclusiveRuleRespDto;
    /** @description What `findAppLists` answers. */
    GetDeviceExclusiveValidScopeAppRespDto: Schemas.GetDeviceExclusiveValidScopeAppRespDto;
    /** @description Part of `GetDeviceExclusiveValidScopeRespDto.data`. */
    GetDeviceExclusiveValidScopeDataDto: Schemas.GetDeviceExclusiveValidScopeDataDto;
    /** @description What `getAllValidScopeSettings` answers. */
    GetDeviceExclusiveValidScopeRespDto: Schemas.GetDeviceExclusiveValidScopeRespDto;
    /** @description Part of `GetDeviceExclusiveWhiteListRespDto.data`. */
    GetDeviceExclusiveWhiteListDataDto: Schemas.GetDeviceExclusiveWhiteListDataDto;
    /** @description What `getAllWhiteListSettings` answers. */
    GetDeviceExclusiveWhiteListRespDto: Schemas.GetDeviceExclusiveWhiteListRespDto;
    /** @description What `getInviteEmailTemplate` and `updateInviteEmailTemplate` answer. */
    GetEmailTemplateRespDto: Schemas.GetEmailTemplateRespDto;
    /** @description Part of `GetEmailTemplatesRespDto.data`. */
    GetEmailTemplatesDataDto: Schemas.GetEmailTemplatesDataDto;
    /** @description What `getEmailTemplates` answers. */
    GetEmailTemplatesRespDto: Schemas.GetEmailTemplatesRespDto;
    /** @description Part of `GetExtendsFieldsRespDto.data`. */
    GetExtendsFieldsDto: Schemas.GetExtendsFieldsDto;
    /** @description What `listRegisterExtendsFields` and `updateRegisterExtendsFields` answer. */
    GetExtendsFieldsRespDto: Schemas.GetExtendsFieldsRespDto;
    /** @description Part of `GetExternalUserResourceStructRespDto.data`. */
    GetExternalUserResourceStructDataDto: Schemas.GetExternalUserResourceStructDataDto;
    /** @description Request body of `getExternalUserResourceStruct`. */
    GetExternalUserResourceStructDto: Schemas.GetExternalUserResourceStructDto;
    /** @description What `getExternalUserResourceStruct` answers. */
    GetExternalUserResourceStructRespDto: Schemas.GetExternalUserResourceStructRespDto;
    /** @description What `importTemplate`, `upload` and `exportUsers` answer. */
    GetImportExportTemplateRespDto: Schemas.GetImportExportTemplateRespDto;
    /** @description What `importUsers` answers. */
    GetImportInviteeRespDto: Schemas.GetImportInviteeRespDto;
    /** @description What `getImportTemplate` answers. */
    GetImportTemplateResDto: Schemas.GetImportTemplateResDto;
    /** @description Part of `GetInvitationPolicyRespDto.data`, `InvitationRosterDto.assignedPolicy` and `PaginationInvitationPolicyDataDto.list`. */
    GetInvitationPolicyDto: Schemas.GetInvitationPolicyDto;
    /** @description What `createInvitationPolicy`, `getPolicyDetailById`, `copyInvitationPolicyById` and `updateInvitationPolicy` answer. */
    GetInvitationPolicyRespDto: Schemas.GetInvitationPolicyRespDto;
    /** @description What `getUserMfaStatus` and `getMfaTriggerData` answer. */
    GetMapInfoRespDto: Schemas.GetMapInfoRespDto;
    /** @description Part of `GetMapInfoRespDto.data` and `SetMfaStatusDto.mfaTriggerData`. */
    GetMfaInfoDataDto: Schemas.GetMfaInfoDataDto;
    /** @description Part of `CostGetOrdersRespDto.data`. */
    GetOrdersRes: Schemas.GetOrdersRes;
    /** @description What `getOtpSecretByUser` answers. */
    GetOtpSecretRespDto: Schemas.GetOtpSecretRespDto;
    /** @description What `getPermissionNamespacesBatch` answers. */
    GetPermissionNamespaceListResponseDto: Schemas.GetPermissionNamespaceListResponseDto;
    /** @description Part of `GetPermissionNamespaceListResponseDto.data` and `GetPermissionNamespaceResponseDto.data`. */
    GetPermissionNamespaceRespDto: Schemas.GetPermissionNamespaceRespDto;
    /** @description What `getPermissionNamespace` answers. */
    GetPermissionNamespaceResponseDto: Schemas.GetPermissionNamespaceResponseDto;
    /** @description Request body of `getPostById`. */
    GetPostByIdListDto: Schemas.GetPostByIdListDto;
    /** @description Request body of `getRelationInfo`. */
    GetRelationInfoDto: Schemas.GetRelationInfoDto;
    /** @description Part of `GetResourceAuthorizedTargetRespDto.data`. */
    GetResourceAuthorizedTargetDataDto: Schemas.GetResourceAuthorizedTargetDataDto;
    /** @description What `getResourceAuthorizedTargets` answers. */
    GetResourceAuthorizedTargetRespDto: Schemas.GetResourceAuthorizedTargetRespDto;
    /** @description Request body of `getResourceAuthorizedTargets`. */
    GetResourceAuthorizedTargetsDto: Schemas.GetResourceAuthorizedTargetsDto;
    /** @description Request body of `getRowBatch`. */
    GetRowBatchDto: Schemas.GetRowBatchDto;
    /** @description Part of `GetSubjectAuthRespDto.data`. */
    GetSubjectAuthDataDto: Schemas.GetSubjectAuthDataDto;
    /** @description What `detailAuthSubject` answers. */
    GetSubjectAuthRespDto: Schemas.GetSubjectAuthRespDto;
    /** @description Request body of `deleteTenantAdmin`. */
    GetTenantUserDto: Schemas.GetTenantUserDto;
    /** @description Part of `GetUniversalInvitationRespDto.data`. */
    GetUniversalInvitationDto: Schemas.GetUniversalInvitationDto;
    /** @description What `getUniversalInvitation` and `updateUniversalInvitation` answer. */
    GetUniversalInvitationRespDto: Schemas.GetUniversalInvitationRespDto;
    /** @description Request body of `getUserActionLogs`. */
    GetUserActionLogsDto: Schemas.GetUserActionLogsDto;
    /** @description Part of `GetUserEncryptPasswordBatchRespDto.data`. */
    GetUserEncryptPasswordBatchDataDto: Schemas.GetUserEncryptPasswordBatchDataDto;
    /** @description Request body of `getUserEncryptPasswordBatch`. */
    GetUserEncryptPasswordBatchDto: Schemas.GetUserEncryptPasswordBatchDto;
    /** @description What `getUserEncryptPasswordBatch` answers. */
    GetUserEncryptPasswordBatchRespDto: Schemas.GetUserEncryptPasswordBatchRespDto;
    /** @description Part of `GetUserPasswordCiphertextRespDto.data`. */
    GetUserPasswordCiphertextDataDto: Schemas.GetUserPasswordCiphertextDataDto;
    /** @description Request body of `getUserPasswordCiphertext`. */
    GetUserPasswordCiphertextDto: Schemas.GetUserPasswordCiphertextDto;
    /** @description What `getUserPasswordCiphertext` answers. */
    GetUserPasswordCiphertextRespDto: Schemas.GetUserPasswordCiphertextRespDto;
    /** @description Part of `GetUserPermissionListRespDto.data`. */
    GetUserPermissionListDataDto: Schemas.GetUserPermissionListDataDto;
    /** @description Request body of `getUserPermissionList`. */
    GetUserPermissionListDto: Schemas.GetUserPermissionListDto;
    /** @description What `getUserPermissionList` answers. */
    GetUserPermissionListRespDto: Schemas.GetUserPermissionListRespDto;
    /** @description Part of `GetUserResourcePermissionListDataDto.permissionList`. */
    GetUserResourcePermissionList: Schemas.GetUserResourcePermissionList;
    /** @description Part of `GetUserResourcePermissionListRespDto.data`. */
    GetUserResourcePermissionListDataDto: Schemas.GetUserResourcePermissionListDataDto;
    /** @description Request body of `getUserResourcePermissionList`. */
    GetUserResourcePermissionListDto: Schemas.GetUserResourcePermissionListDto;
    /** @description What `getUserResourcePermissionList` answers. */
    GetUserResourcePermissionListRespDto: Schemas.GetUserResourcePermissionListRespDto;
    /** @description Part of `GetUserResourceStructRespDto.data`. */
    GetUserResourceStructDataDto: Schemas.GetUserResourceStructDataDto;
    /** @description Request body of `getUserResourceStruct`. */
    GetUserResourceStructDto: Schemas.GetUserResourceStructDto;
    /** @description What `getUserResourceStruct` answers. */
    GetUserResourceStructRespDto: Schemas.GetUserResourceStructRespDto;
    /** @description What `getWebhook` answers. */
    GetWebhookRespDto: Schemas.GetWebhookRespDto;
    /** @description Part of `GetWebhooksRespDto.data`. */
    GetWebhooksData: Schemas.GetWebhooksData;
    /** @description What `listWebhooks` answers. */
    GetWebhooksRespDto: Schemas.GetWebhooksRespDto;
    /** @description Part of `GetWechatAccessTokenInfoRespDto.data`. */
    GetWechatAccessTokenDataDto: Schemas.GetWechatAccessTokenDataDto;
    /** @description Request body of `getWechatMpAccessTokenInfo`. */
    GetWechatAccessTokenDto: Schemas.GetWechatAccessTokenDto;
    /** @description What `getWechatMpAccessTokenInfo` answers. */
    GetWechatAccessTokenInfoRespDto: Schemas.GetWechatAccessTokenInfoRespDto;
    /** @description Part of `CostCurrentPackageInfo.goodsPackage`. */
    GoodsPackageDto: Schemas.GoodsPackageDto;
    /** @description Part of `ListPermissionViewRespDto.groupList`. */
    GroupBo: Schemas.GroupBo;
    /** @description Part of `CreateOrUpdateGroupDataDto.data`, `GroupListRespDto.data` and `GroupSingleRespDto.data` and others. */
    GroupDto: Schemas.GroupDto;
    /** @description What `getAllGroups` and `createGroupsBatch` answer. */
    GroupListRespDto: Schemas.GroupListRespDto;
    /** @description What `getUserGroups`, `getGroupsOfPublicAccount` and `listGroups` answer. */
    GroupPaginatedRespDto: Schemas.GroupPaginatedRespDto;
    /** @description Part of `GroupPaginatedRespDto.data`. */
    GroupPagingDto: Schemas.GroupPagingDto;
    /** @description What `getGroup`, `createGroup` and `updateGroup` answer. */
    GroupSingleRespDto: Schemas.GroupSingleRespDto;
    /** @description Part of `HasAnyRoleRespDto.data`. */
    HasAnyRoleDto: Schemas.HasAnyRoleDto;
    /** @description Part of `HasAnyRoleReqDto.options`. */
    HasAnyRoleOptionsDto: Schemas.HasAnyRoleOptionsDto;
    /** @description Request body of `hasAnyRole`. */
    HasAnyRoleReqDto: Schemas.HasAnyRoleReqDto;
    /** @description What `hasAnyRole` answers. */
    HasAnyRoleRespDto: Schemas.HasAnyRoleRespDto;
    /** @description Part of `HasAnyRoleReqDto.roles`. */
    HasRoleRolesDto: Schemas.HasRoleRolesDto;
    /** @description Part of `GetDeviceExclusiveRuleDataDto.ipRule` and `UpdateDeviceExclusiveRuleDto.ipRule`. */
    IPRuleDto: Schemas.IPRuleDto;
    /** @description Part of `UpdateLoginConfig.ssoPageCustomizationSettings` and `UserPoolTenantConfigDto.ssoPageCustomizationSettings`. */
    ISsoPageCustomizationSettingsDto: Schemas.ISsoPageCustomizationSettingsDto;
    /** @description Part of `IdentityListRespDto.data` and `UserDto.identities`. */
    IdentityDto: Schemas.IdentityDto;
    /** @description What `getUserIdentities` answers. */
    IdentityListRespDto: Schemas.IdentityListRespDto;
    /** @description Part of `GetImportExportTemplateRespDto.data`. */
    ImportExportTemplateRespDto: Schemas.ImportExportTemplateRespDto;
    /** @description Part of `GetImportInviteeRespDto.data`. */
    ImportInviteeDto: Schemas.ImportInviteeDto;
    /** @description Request body of `importModel`. */
    ImportMetadataDto: Schemas.ImportMetadataDto;
    /** @description Request body of `importMetadata`. */
    ImportModelDto: Schemas.ImportModelDto;
    /** @description Part of `ImportOtpItemDto.otp`. */
    ImportOtpItemDataDto: Schemas.ImportOtpItemDataDto;
    /** @description Part of `ImportOtpReqDto.list`. */
    ImportOtpItemDto: Schemas.ImportOtpItemDto;
    /** @description Request body of `importOtp`. */
    ImportOtpReqDto: Schemas.ImportOtpReqDto;
    /** @description Part of `ImportTenantRespDto.data`. */
    ImportTenantDataDto: Schemas.ImportTenantDataDto;
    /** @description Request body of `importTenant`. */
    ImportTenantDto: Schemas.ImportTenantDto;
    /** @description Part of `ImportTenantHistoryRespDto.data`. */
    ImportTenantHistoryDataDto: Schemas.ImportTenantHistoryDataDto;
    /** @description What `importTenantHistory` answers. */
    ImportTenantHistoryRespDto: Schemas.ImportTenantHistoryRespDto;
    /** @description Part of `ImportTenantNotifyUserRespDto.data`. */
    ImportTenantNotifyUseDataDto: Schemas.ImportTenantNotifyUseDataDto;
    /** @description What `importTenantNotifyUser` answers. */
    ImportTenantNotifyUserRespDto: Schemas.ImportTenantNotifyUserRespDto;
    /** @description What `importTenant` answers. */
    ImportTenantRespDto: Schemas.ImportTenantRespDto;
    /** @description Request body of `importUsers`. */
    ImportUsersDto: Schemas.ImportUsersDto;
    /** @description Part of `GetUniversalInvitationDto.adminInvitationConfig` and `GetUniversalInvitationDto.memberInvitationConfig`. */
    InvitationConfigDto: Schemas.InvitationConfigDto;
    /** @description Part of `UserAttributionDto.targetDetail` and `UserAttributionMainDepartmentDto.departmentDetail`. */
    InvitationDepartmentRespDto: Schemas.InvitationDepartmentRespDto;
    /** @description Part of `CreateInvitationPolicyDto.inviteLinkConfig` and `UpdateInvitationPolicyDto.inviteLinkConfig`. */
    InvitationLinkConfigDto: Schemas.InvitationLinkConfigDto;
    /** @description Part of `AddInvitationPolicyUserAttributionsBatchDto.targets` and `RemoveInvitationPolicyUserAttributionsBatchDto.targets`. */
    InvitationPolicyUserAttributionListDto: Schemas.InvitationPolicyUserAttributionListDto;
    /** @description Part of `UserAttributionDto.targetDetail`. */
    InvitationPostRespDto: Schemas.InvitationPostRespDto;
    /** @description Part of `InvitationRosterPaginationDto.list` and `InvitationRosterSingleRespDto.data`. */
    InvitationRosterDto: Schemas.InvitationRosterDto;
    /** @description Part of `InvitationRosterPaginationRespDto.data`. */
    InvitationRosterPaginationDto: Schemas.InvitationRosterPaginationDto;
    /** @description What `listInvitationRoster`, `listInvitationRostersByPolicyId` and `listInvitationRostersByNonPolicyId` answer. */
    InvitationRosterPaginationRespDto: Schemas.InvitationRosterPaginationRespDto;
    /** @description What `getInvitationRoster`, `createInvitationRoster` and `updateInvitationRoster` answer. */
    InvitationRosterSingleRespDto: Schemas.InvitationRosterSingleRespDto;
    /** @description Part of `InvitationUserPaginationDto.list`. */
    InvitationUserDto: Schemas.InvitationUserDto;
    /** @description Part of `InvitationUserPaginationRespDto.data`. */
    InvitationUserPaginationDto: Schemas.InvitationUserPaginationDto;
    /** @description What `filterUsers` answers. */
    InvitationUserPaginationRespDto: Schemas.InvitationUserPaginationRespDto;
    /** @description Part of `InviteTenantUserRecordListDto.list` and `InviteTenantUsersDto.list`. */
    InviteTenantUserRecord: Schemas.InviteTenantUserRecord;
    /** @description Part of `InviteTenantUserRecordListRespDto.data`. */
    InviteTenantUserRecordListDto: Schemas.InviteTenantUserRecordListDto;
    /** @description What `listInviteTennatUserRecords` answers. */
    InviteTenantUserRecordListRespDto: Schemas.InviteTenantUserRecordListRespDto;
    /** @description Part of `InviteTenantUsersRespDto.data`. */
    InviteTenantUsersDto: Schemas.InviteTenantUsersDto;
    /** @description What `generateInviteTenantUserLink` answers. */
    InviteTenantUsersRespDto: Schemas.InviteTenantUsersRespDto;
    /** @description Request body of `add`. */
    IpListCreateDto: Schemas.IpListCreateDto;
    /** @description What `findIpList` answers. */
    IpListPaginatedRespDto: Schemas.IpListPaginatedRespDto;
    /** @description Part of `IpListPaginatedRespDto.data`. */
    IpListPagingDto: Schemas.IpListPagingDto;
    /** @description Part of `IpListPagingDto.list`. */
    IpListRespDto: Schemas.IpListRespDto;
    /** @description Part of `IsActionAllowedRespDtp.data`. */
    IsActionAllowedDataDto: Schemas.IsActionAllowedDataDto;
    /** @description Request body of `isActionAllowed`. */
    IsActionAllowedDto: Schemas.IsActionAllowedDto;
    /** @description What `isActionAllowed` answers. */
    IsActionAllowedRespDtp: Schemas.IsActionAllowedRespDtp;
    /** @description What `deleteWhitelistOfApp` and `deleteWhitelist` answer. */
    IsSuccessDto: Schemas.IsSuccessDto;
    /** @description What `deletePublicAccountsBatch`, `kickPublicAccounts`, `changeIntoPublicAccount`, `bindUsersPublicAccount` and 103 more answer. */
    IsSuccessRespDto: Schemas.IsSuccessRespDto;
    /** @description Part of `IsUserExistsRespDto.data`. */
    IsUserExistsDto: Schemas.IsUserExistsDto;
    /** @description Request body of `isUserExists`. */
    IsUserExistsReqDto: Schemas.IsUserExistsReqDto;
    /** @description What `isUserExists` answers. */
    IsUserExistsRespDto: Schemas.IsUserExistsRespDto;
    /** @description Part of `IsUserInDepartmentRespDto.data`. */
    IsUserInDepartmentDataDto: Schemas.IsUserInDepartmentDataDto;
    /** @description What `isUserInDepartment` answers. */
    IsUserInDepartmentRespDto: Schemas.IsUserInDepartmentRespDto;
    /** @description Request body of `kickPublicAccounts`. */
    KickPublicAccountsDto: Schemas.KickPublicAccountsDto;
    /** @description Part of `KickPublicAccountsDto.options`. */
    KickPublicAccountsOptionsDto: Schemas.KickPublicAccountsOptionsDto;
    /** @description Request body of `kickUsers`. */
    KickUsersDto: Schemas.KickUsersDto;
    /** @description Part of `KickUsersDto.options`. */
    KickUsersOptionsDto: Schemas.KickUsersOptionsDto;
    /** @description Part of `CustomFieldI18n.label`, `DepartmentI18nDto.name` and `OrganizationNameI18nDto.organizationName`. */
    LangObject: Schemas.LangObject;
    /** @description Part of `ErrMsgI18nDto.errorMessage`, `LangObject.zh-CN` and `LangObject.en-US` and others. */
    LangUnit: Schemas.LangUnit;
    /** @description Part of `UpdateLoginConfig.config`. */
    LanguageCoinfigDto: Schemas.LanguageCoinfigDto;
    /** @description Part of `LanguageCoinfigDto.global`. */
    LanguageCoinfigGlobalDto: Schemas.LanguageCoinfigGlobalDto;
    /** @description Part of `PipelineFunctionDto.lastExecuteStatus`. */
    LastExecuteStatus: Schemas.LastExecuteStatus;
    /** @description Part of `LdapConfigInfoRespDto.data`. */
    LdapConfigInfoDto: Schemas.LdapConfigInfoDto;
    /** @description What `queryLdapConfigInfo` answers. */
    LdapConfigInfoRespDto: Schemas.LdapConfigInfoRespDto;
    /** @description What `getBindPwd` answers. */
    LdapGetBindPwdRespDto: Schemas.LdapGetBindPwdRespDto;
    /** @description Part of `LdapLogRespDto.data`. */
    LdapLogDto: Schemas.LdapLogDto;
    /** @description What `queryLdapLog` and `queryLdapSubEntries` answer. */
    LdapLogRespDto: Schemas.LdapLogRespDto;
    /** @description What `updateLdapConfigInfo`, `saveLdapConfigInfo` and `disableLdapServer` answer. */
    LdapOperateRespDto: Schemas.LdapOperateRespDto;
    /** @description Request body of `saveLdapConfigInfo`. */
    LdapSaveDto: Schemas.LdapSaveDto;
    /** @description Request body of `disableLdapServer`. */
    LdapSetEnabledFlagDto: Schemas.LdapSetEnabledFlagDto;
    /** @description Request body of `updateLdapConfigInfo`. */
    LdapUpdateDto: Schemas.LdapUpdateDto;
    /** @description Part of `LinkIdentityResDto.data`. */
    LinkIdentityDataDto: Schemas.LinkIdentityDataDto;
    /** @description Request body of `linkIdentity`. */
    LinkIdentityDto: Schemas.LinkIdentityDto;
    /** @description What `linkIdentity` answers. */
    LinkIdentityResDto: Schemas.LinkIdentityResDto;
    /** @description Part of `ListAccessKeyResponseDto.data`. */
    ListAccessKeyRespDto: Schemas.ListAccessKeyRespDto;
    /** @description What `getAccessKeyList` answers. */
    ListAccessKeyResponseDto: Schemas.ListAccessKeyResponseDto;
    /** @description Request body of `listApplicationActiveUsers`. */
    ListApplicationActiveUsersDto: Schemas.ListApplicationActiveUsersDto;
    /** @description Part of `ListApplicationActiveUsersDto.options`. */
    ListApplicationActiveUsersOptionsDto: Schemas.ListApplicationActiveUsersOptionsDto;
    /** @description Part of `ListApplicationAuthPaginatedDataDto.list`. */
    ListApplicationAuthDataDto: Schemas.ListApplicationAuthDataDto;
    /** @description Request body of `listAuthApplication`. */
    ListApplicationAuthDto: Schemas.ListApplicationAuthDto;
    /** @description Part of `ListApplicationAuthPaginatedRespDto.data`. */
    ListApplicationAuthPaginatedDataDto: Schemas.ListApplicationAuthPaginatedDataDto;
    /** @description What `listAuthApplication` answers. */
    ListApplicationAuthPaginatedRespDto: Schemas.ListApplicationAuthPaginatedRespDto;
    /** @description Part of `ListApplicationSubjectDataListDto.list`. */
    ListApplicationSubjectDataDto: Schemas.ListApplicationSubjectDataDto;
    /** @description Part of `ListApplicationSubjectRespDto.data`. */
    ListApplicationSubjectDataListDto: Schemas.ListApplicationSubjectDataListDto;
    /** @description What `listAuthSubject` answers. */
    ListApplicationSubjectRespDto: Schemas.ListApplicationSubjectRespDto;
    /** @description Part of `ArchivedUsersListPagingDto.list`. */
    ListArchivedUsersRespDto: Schemas.ListArchivedUsersRespDto;
    /** @description What `listArchivedUsers` answers. */
    ListArchivedUsersSingleRespDto: Schemas.ListArchivedUsersSingleRespDto;
    /** @description Request body of `listAuthSubject`. */
    ListAuthSubjectDto: Schemas.ListAuthSubjectDto;
    /** @description What `listUserBaseFields` and `listCustFields` answer. */
    ListCistomFieldsResDto: Schemas.ListCistomFieldsResDto;
    /** @description Part of `ListCistomFieldsResDto.data`. */
    ListCustomFieldsDto: Schemas.ListCustomFieldsDto;
    /** @description What `listDataPolices` answers. */
    ListDataPoliciesPaginatedRespDto: Schemas.ListDataPoliciesPaginatedRespDto;
    /** @description Part of `DataPoliciesPaginatedRespDto.list`. */
    ListDataPoliciesRespDto: Schemas.ListDataPoliciesRespDto;
    /** @description Part of `ListDataPolicySubjectPaginatedRespDto.data`. */
    ListDataPolicySubjectPageDto: Schemas.ListDataPolicySubjectPageDto;
    /** @description What `listDataPolicyTargets` answers. */
    ListDataPolicySubjectPaginatedRespDto: Schemas.ListDataPolicySubjectPaginatedRespDto;
    /** @description What `listDataResources` answers. */
    ListDataResourcesPaginatedRespDto: Schemas.ListDataResourcesPaginatedRespDto;
    /** @description Part of `DataResourcesPaginatedRespDto.list`. */
    ListDataResourcesRespDto: Schemas.ListDataResourcesRespDto;
    /** @description What `listDnef` answers. */
    ListDnefPaginatedRespDto: Schemas.ListDnefPaginatedRespDto;
    /** @description Request body of `listInvitationRostersByPolicyId`. */
    ListInvitationRosterByPolicyIdDto: Schemas.ListInvitationRosterByPolicyIdDto;
    /** @description Request body of `listInvitationRoster` and `listInvitationRostersByNonPolicyId`. */
    ListInvitationRosterDto: Schemas.ListInvitationRosterDto;
    /** @description Request body of `filterUsers`. */
    ListInvitationUserDto: Schemas.ListInvitationUserDto;
    /** @description Request body of `listPermissionView`. */
    ListPermissionViewDto: Schemas.ListPermissionViewDto;
    /** @description Part of `ListPermissionViewResponseDto.data`. */
    ListPermissionViewPaginatedRespDto: Schemas.ListPermissionViewPaginatedRespDto;
    /** @description Part of `ListPermissionViewPaginatedRespDto.list`. */
    ListPermissionViewRespDto: Schemas.ListPermissionViewRespDto;
    /** @description What `listPermissionView` answers. */
    ListPermissionViewResponseDto: Schemas.ListPermissionViewResponseDto;
    /** @description Request body of `postListBatch`. */
    ListPostBatchDto: Schemas.ListPostBatchDto;
    /** @description Part of `ListPublicAccountsRequestDto.advancedFilter`. */
    ListPublicAccountsAdvancedFilterItemDto: Schemas.ListPublicAccountsAdvancedFilterItemDto;
    /** @description Part of `ListPublicAccountsRequestDto.options`. */
    ListPublicAccountsOptionsDto: Schemas.ListPublicAccountsOptionsDto;
    /** @description Request body of `listPublicAccounts`. */
    ListPublicAccountsRequestDto: Schemas.ListPublicAccountsRequestDto;
    /** @description Part of `ListResourceTargetsRespDto.data`. */
    ListResourceTargetsDataDto: Schemas.ListResourceTargetsDataDto;
    /** @description Request body of `listResourceTargets`. */
    ListResourceTargetsDto: Schemas.ListResourceTargetsDto;
    /** @description Part of `ListResourceTargetsDataDto.authUserList`. */
    ListResourceTargetsDtoResp: Schemas.ListResourceTargetsDtoResp;
    /** @description What `listResourceTargets` answers. */
    ListResourceTargetsRespDto: Schemas.ListResourceTargetsRespDto;
    /** @description What `listSimpleDataPolices` answers. */
    ListSimpleDataPoliciesPaginatedRespDto: Schemas.ListSimpleDataPoliciesPaginatedRespDto;
    /** @description Part of `DataPoliciesSimplePaginatedRespDto.list`. */
    ListSimpleDataPoliciesRespDto: Schemas.ListSimpleDataPoliciesRespDto;
    /** @description Request body of `listTenantAdmin`. */
    ListTenantAdminDto: Schemas.ListTenantAdminDto;
    /** @description Request body of `listTenantUsers`. */
    ListTenantUserDto: Schemas.ListTenantUserDto;
    /** @description Part of `ListTenantUserDto.options`. */
    ListTenantUsersOptionsDto: Schemas.ListTenantUsersOptionsDto;
    /** @description Part of `ListUsersRequestDto.advancedFilter`. */
    ListUsersAdvancedFilterItemDto: Schemas.ListUsersAdvancedFilterItemDto;
    /** @description Part of `ListUsersRequestDto.options`. */
    ListUsersOptionsDto: Schemas.ListUsersOptionsDto;
    /** @description Request body of `listUsers`. */
    ListUsersRequestDto: Schemas.ListUsersRequestDto;
    /** @description Request body of `getWebhookLogs`. */
    ListWebhookLogs: Schemas.ListWebhookLogs;
    /** @description Part of `ListWebhookLogsRespDto.data`. */
    ListWebhookLogsData: Schemas.ListWebhookLogsData;
    /** @description What `getWebhookLogs` answers. */
    ListWebhookLogsRespDto: Schemas.ListWebhookLogsRespDto;
    /** @description Part of `GetAdminAuditLogsDto.pagination` and `GetUserActionLogsDto.pagination`. */
    ListWebhooksDto: Schemas.ListWebhooksDto;
    /** @description Part of `SecuritySettingsDto.loginAnomalyDetection` and `UpdateSecuritySettingsDto.loginAnomalyDetection`. */
    LoginAnomalyDetectionConfigDto: Schemas.LoginAnomalyDetectionConfigDto;
    /** @description Part of `LoginAnomalyDetectionConfigDto.loginFailCheck`. */
    LoginFailCheckConfigDto: Schemas.LoginFailCheckConfigDto;
    /** @description Part of `LoginAnomalyDetectionConfigDto.robotVerifyLoginIpWhitelistCheck`. */
    LoginIpWhitelistCheckConfigDto: Schemas.LoginIpWhitelistCheckConfigDto;
    /** @description Part of `LoginAnomalyDetectionConfigDto.loginPasswordFailCheck`, `LoginAnomalyDetectionConfigDto.accountLockLoginPasswordFailCheck` and `LoginAnomalyDetectionConfigDto.robotVerifyLoginPasswordFailCheck`. */
    LoginPassowrdFailCheckConfigDto: Schemas.LoginPassowrdFailCheckConfigDto;
    /** @description Request body of `closeGlobalMfaSettings`. */
    MFADisableSettingsDto: Schemas.MFADisableSettingsDto;
    /** @description Request body of `updateGlobalMfaSettings`. */
    MFASettingsDto: Schemas.MFASettingsDto;
    /** @description What `updateApplicationMfaSettings`, `getGlobalMfaSettings`, `updateGlobalMfaSettings` and `closeGlobalMfaSettings` answer. */
    MFASettingsRespDto: Schemas.MFASettingsRespDto;
    /** @description Part of `CostGetMauPeriodUsageHistoryRespDto.data`. */
    MauPeriodUsageHistory: Schemas.MauPeriodUsageHistory;
    /** @description Part of `MauPeriodUsageHistory.records`. */
    MauPeriodUsageHistoryDto: Schemas.MauPeriodUsageHistoryDto;
    /** @description Request body of `getMetadataGroupList`. */
    MetadataGroupDto: Schemas.MetadataGroupDto;
    /** @description What `getRowBatch` answers. */
    MetadataListResDto: Schemas.MetadataListResDto;
    /** @description Part of `MultipleTenantAdminListPagingDto.list`. */
    MultipleTenantAdminDto: Schemas.MultipleTenantAdminDto;
    /** @description Part of `MultipleTenantAdminPaginatedRespDto.data`. */
    MultipleTenantAdminListPagingDto: Schemas.MultipleTenantAdminListPagingDto;
    /** @description What `listMultipleTenantAdmin` and `getMultipleTenantAdmin` answer. */
    MultipleTenantAdminPaginatedRespDto: Schemas.MultipleTenantAdminPaginatedRespDto;
    /** @description Part of `NamespaceListRespDto.data` and `NamespaceRespDto.data`. */
    NamespaceDto: Schemas.NamespaceDto;
    /** @description What `listNamespaces` answers. */
    NamespaceListPaginatedRespDto: Schemas.NamespaceListPaginatedRespDto;
    /** @description Part of `NamespaceListPaginatedRespDto.data`. */
    NamespaceListPagingDto: Schemas.NamespaceListPagingDto;
    /** @description What `getNamespacesBatch` answers. */
    NamespaceListRespDto: Schemas.NamespaceListRespDto;
    /** @description What `createNamespace` and `getNamespace` answer. */
    NamespaceRespDto: Schemas.NamespaceRespDto;
    /** @description What `listNamespaceRoles` answers. */
    NamespaceRolesListPaginatedRespDto: Schemas.NamespaceRolesListPaginatedRespDto;
    /** @description Part of `NamespaceRolesListPaginatedRespDto.data`. */
    NamespaceRolesListRespDto: Schemas.NamespaceRolesListRespDto;
    /** @description Part of `NamespaceListPagingDto.list`. */
    NamespacesListRespDto: Schemas.NamespacesListRespDto;
    /** @description What `updateNodeStatus` answers. */
    Node: Schemas.Node;
    /** @description Part of `ListPermissionViewRespDto.nodeList`. */
    NodeBo: Schemas.NodeBo;
    /** @description Part of `ApplicationDto.oidcConfig`, `CreateApplicationDto.oidcConfig` and `CreateApplicationRespDataDto.oidcConfig` and others. */
    OIDCConfig: Schemas.OIDCConfig;
    /** @description Part of `ApplicationDto.oauthConfig`, `CreateApplicationDto.oauthConfig` and `CreateApplicationRespDataDto.oauthConfig` and others. */
    OauthIdpConfig: Schemas.OauthIdpConfig;
    /** @description Part of `OpenEventPagingDto.list`. */
    OpenEventDto: Schemas.OpenEventDto;
    /** @description What `listEvents` answers. */
    OpenEventPaginatedRespDto: Schemas.OpenEventPaginatedRespDto;
    /** @description Part of `OpenEventPaginatedRespDto.data`. */
    OpenEventPagingDto: Schemas.OpenEventPagingDto;
    /** @description Part of `UserPermissionListDto.resourceList`. */
    OpenResource: Schemas.OpenResource;
    /** @description What `listOperate` and `listOperateAll` answer. */
    OperateModelDto: Schemas.OperateModelDto;
    /** @description Part of `Config.options`. */
    Option: Schemas.Option;
    /** @description Part of `CostGetOrderDetailRespDto.data` and `GetOrdersRes.list`. */
    OrderItem: Schemas.OrderItem;
    /** @description Part of `OrganizationListRespDto.data`, `OrganizationPagingDto.list` and `OrganizationSingleRespDto.data`. */
    OrganizationDto: Schemas.OrganizationDto;
    /** @description What `getOrganizationsBatch` answers. */
    OrganizationListRespDto: Schemas.OrganizationListRespDto;
    /** @description Part of `CreateOrganizationReqDto.i18n`, `OrganizationDto.i18n` and `UpdateOrganizationReqDto.i18n`. */
    OrganizationNameI18nDto: Schemas.OrganizationNameI18nDto;
    /** @description What `listOrganizations` and `searchOrganizations` answer. */
    OrganizationPaginatedRespDto: Schemas.OrganizationPaginatedRespDto;
    /** @description Part of `OrganizationPaginatedRespDto.data`. */
    OrganizationPagingDto: Schemas.OrganizationPagingDto;
    /** @description What `getOrganization`, `createOrganization` and `updateOrganization` answer. */
    OrganizationSingleRespDto: Schemas.OrganizationSingleRespDto;
    /** @description Part of `GetOtpSecretRespDto.data`. */
    OtpSecretRespDto: Schemas.OtpSecretRespDto;
    /** @description Part of `ListApplicationActiveUsersOptionsDto.pagination`, `ListPublicAccountsOptionsDto.pagination` and `ListTenantUsersOptionsDto.pagination` and others. */
    PaginationDto: Schemas.PaginationDto;
    /** @description Part of `PaginationInvitationPolicyRespDto.data`. */
    PaginationInvitationPolicyDataDto: Schemas.PaginationInvitationPolicyDataDto;
    /** @description Request body of `listInvitationPolicies`. */
    PaginationInvitationPolicyQueryDto: Schemas.PaginationInvitationPolicyQueryDto;
    /** @description What `listInvitationPolicies` answers. */
    PaginationInvitationPolicyRespDto: Schemas.PaginationInvitationPolicyRespDto;
    /** @description Part of `PaginationUniversalInvitationApplicantRespDto.data`. */
    PaginationUniversalInvitationApplicantDataDto: Schemas.PaginationUniversalInvitationApplicantDataDto;
    /** @description Request body of `filter`. */
    PaginationUniversalInvitationApplicantQueryDto: Schemas.PaginationUniversalInvitationApplicantQueryDto;
    /** @description What `filter` answers. */
    PaginationUniversalInvitationApplicantRespDto: Schemas.PaginationUniversalInvitationApplicantRespDto;
    /** @description Part of `AdminAuditLogDto.ua` and `UserActionLogDto.parsedUserAgent`. */
    ParsedUserAgent: Schemas.ParsedUserAgent;
    /** @description What `checkPermissionNamespaceExists` answers. */
    PermissionNamespaceCheckExistsRespDto: Schemas.PermissionNamespaceCheckExistsRespDto;
    /** @description What `listPermissionNamespaces` answers. */
    PermissionNamespaceListPaginatedRespDto: Schemas.PermissionNamespaceListPaginatedRespDto;
    /** @description Part of `PermissionNamespaceListPaginatedRespDto.data`. */
    PermissionNamespaceListPagingDto: Schemas.PermissionNamespaceListPagingDto;
    /** @description What `listPermissionNamespaceRoles` answers. */
    PermissionNamespaceRolesListPaginatedRespDto: Schemas.PermissionNamespaceRolesListPaginatedRespDto;
    /** @description Part of `PermissionNamespaceRolesListPaginatedRespDto.data`. */
    PermissionNamespaceRolesListPagingDto: Schemas.PermissionNamespaceRolesListPagingDto;
    /** @description Part of `PermissionNamespaceRolesListPagingDto.list`. */
    PermissionNamespaceRolesListRespDto: Schemas.PermissionNamespaceRolesListRespDto;
    /** @description Part of `PermissionNamespaceListPagingDto.list`. */
    PermissionNamespacesListRespDto: Schemas.PermissionNamespacesListRespDto;
    /** @description Part of `PipelineFunctionPagingDto.list` and `PipelineFunctionSingleRespDto.data`. */
    PipelineFunctionDto: Schemas.PipelineFunctionDto;
    /** @description What `listPipelineFunctions` and `getPipelineLogs` answer. */
    PipelineFunctionPaginatedRespDto: Schemas.PipelineFunctionPaginatedRespDto;
    /** @description Part of `PipelineFunctionPaginatedRespDto.data`. */
    PipelineFunctionPagingDto: Schemas.PipelineFunctionPagingDto;
    /** @description What `createPipelineFunction`, `getPipelineFunction`, `reuploadPipelineFunction` and `updatePipelineFunction` answer. */
    PipelineFunctionSingleRespDto: Schemas.PipelineFunctionSingleRespDto;
    /** @description Part of `ListPermissionViewRespDto.dataPolicyList`. */
    PolicyBo: Schemas.PolicyBo;
    /** @description Part of `AuthorizedResourceDto.condition`. */
    PolicyCondition: Schemas.PolicyCondition;
    /** @description Request body of `updateRegisterExtendsFields`. */
    PolicyExtendsFieldsDto: Schemas.PolicyExtendsFieldsDto;
    /** @description Part of `PostListRespDto.data` and `PostRespDto.data`. */
    PostDto: Schemas.PostDto;
    /** @description Part of `CreatePostRespDto.data`. */
    PostInfoDto: Schemas.PostInfoDto;
    /** @description Part of `PostPagingDto.list`. */
    PostItemDto: Schemas.PostItemDto;
    /** @description What `getUserPosts` answers. */
    PostListRespDto: Schemas.PostListRespDto;
    /** @description What `postList` and `postListBatch` answer. */
    PostPaginatedRespDto: Schemas.PostPaginatedRespDto;
    /** @description Part of `PostPaginatedRespDto.data`. */
    PostPagingDto: Schemas.PostPagingDto;
    /** @description What `getPostById` answers. */
    PostRespDto: Schemas.PostRespDto;
    /** @description Part of `PreviewEmailTemplateRespDto.data`. */
    PreviewEmailTemplateDataDto: Schemas.PreviewEmailTemplateDataDto;
    /** @description Request body of `previewEmailTemplate`. */
    PreviewEmailTemplateDto: Schemas.PreviewEmailTemplateDto;
    /** @description What `previewEmailTemplate` answers. */
    PreviewEmailTemplateRespDto: Schemas.PreviewEmailTemplateRespDto;
    /** @description Part of `PrincipalAuthenticationInfoPagingDto.list`. */
    PrincipalAuthenticationInfoDto: Schemas.PrincipalAuthenticationInfoDto;
    /** @description What `getUserPrincipalAuthenticationInfo` answers. */
    PrincipalAuthenticationInfoPaginatedRespDto: Schemas.PrincipalAuthenticationInfoPaginatedRespDto;
    /** @description Part of `PrincipalAuthenticationInfoPaginatedRespDto.data`. */
    PrincipalAuthenticationInfoPagingDto: Schemas.PrincipalAuthenticationInfoPagingDto;
    /** @description Request body of `verifyEvent` and `pubUserEvent`. */
    PubEventDto: Schemas.PubEventDto;
    /** @description Part of `PubEventRespDto.data`. */
    PubEventRespDataDto: Schemas.PubEventRespDataDto;
    /** @description What `verifyEvent` and `pubUserEvent` answer. */
    PubEventRespDto: Schemas.PubEventRespDto;
    /** @description Part of `PublicAccountListRespDto.data`, `PublicAccountPagingDto.list` and `PublicAccountSingleRespDto.data`. */
    PublicAccountDto: Schemas.PublicAccountDto;
    /** @description What `getPublicAccountBatch`, `createPublicAccountsBatch` and `updatePublicAccountBatch` answer. */
    PublicAccountListRespDto: Schemas.PublicAccountListRespDto;
    /** @description What `listPublicAccounts`, `getPublicAccountsOfUser`, `getUsersOfPublicAccount`, `getPublicAccountRoles` and 4 more answer. */
    PublicAccountPaginatedRespDto: Schemas.PublicAccountPaginatedRespDto;
    /** @description Part of `PublicAccountPaginatedRespDto.data`. */
    PublicAccountPagingDto: Schemas.PublicAccountPagingDto;
    /** @description What `getPublicAccount`, `createPublicAccount` and `updatePublicAccount` answer. */
    PublicAccountSingleRespDto: Schemas.PublicAccountSingleRespDto;
    /** @description Part of `SecuritySettingsDto.qrcodeLoginStrategy` and `UpdateSecuritySettingsDto.qrcodeLoginStrategy`. */
    QrcodeLoginStrategyDto: Schemas.QrcodeLoginStrategyDto;
    /** @description Request body of `findLastLoginAppsByDeviceIds` and `findLastLoginAppsByDeviceIdsV2`. */
    QueryTerminalAppsDto: Schemas.QueryTerminalAppsDto;
    /** @description Request body of `quickFilterInviteeList`. */
    QuickFilterInvitationUserDto: Schemas.QuickFilterInvitationUserDto;
    /** @description Part of `QuickFilterInviteePaginationRespDto.data`. */
    QuickFilterInviteePaginationDto: Schemas.QuickFilterInviteePaginationDto;
    /** @description What `quickFilterInviteeList` answers. */
    QuickFilterInviteePaginationRespDto: Schemas.QuickFilterInviteePaginationRespDto;
    /** @description Part of `QuickFilterInviteePaginationDto.list`. */
    QuickFilterInviteeRecordDto: Schemas.QuickFilterInviteeRecordDto;
    /** @description Request body of `reuploadPipelineFunction`. */
    ReUploadPipelineFunctionDto: Schemas.ReUploadPipelineFunctionDto;
    /** @description Part of `RefreshApplicationSecretRespDto.data`. */
    RefreshApplicationSecretDataDto: Schemas.RefreshApplicationSecretDataDto;
    /** @description Request body of `refreshApplicationSecret`. */
    RefreshApplicationSecretDto: Schemas.RefreshApplicationSecretDto;
    /** @description What `refreshApplicationSecret` answers. */
    RefreshApplicationSecretRespDto: Schemas.RefreshApplicationSecretRespDto;
    /** @description Part of `SecuritySettingsDto.registerAnomalyDetection` and `UpdateSecuritySettingsDto.registerAnomalyDetection`. */
    RegisterAnomalyDetectionConfigDto: Schemas.RegisterAnomalyDetectionConfigDto;
    /** @description Part of `FunctionModelFieldDto.relationOptionalRange` and `UpdateFunctionModelFieldDto.relationOptionalRange`. */
    RelationOptionalRange: Schemas.RelationOptionalRange;
    /** @description Request body of `relationSearch`. */
    RelationSearchDto: Schemas.RelationSearchDto;
    /** @description Part of `RelationValueListResDto.data`. */
    RelationValueListDto: Schemas.RelationValueListDto;
    /** @description What `getRelationValue`, `getRelationDetails`, `relationSearch` and `copyRowRelation` answer. */
    RelationValueListResDto: Schemas.RelationValueListResDto;
    /** @description Request body of `removeDepartmentMembers`. */
    RemoveDepartmentMembersReqDto: Schemas.RemoveDepartmentMembersReqDto;
    /** @description Request body of `removeGroupMembers`. */
    RemoveGroupMembersReqDto: Schemas.RemoveGroupMembersReqDto;
    /** @description Request body of `removePolicyUserAttribution`. */
    RemoveInvitationPolicyUserAttributionDto: Schemas.RemoveInvitationPolicyUserAttributionDto;
    /** @description Request body of `removeUserAttributionMainDepartment`. */
    RemoveInvitationPolicyUserAttributionMainDepartmentDto: Schemas.RemoveInvitationPolicyUserAttributionMainDepartmentDto;
    /** @description Request body of `removePolicyUserAttributionsBatch`. */
    RemoveInvitationPolicyUserAttributionsBatchDto: Schemas.RemoveInvitationPolicyUserAttributionsBatchDto;
    /** @description Request body of `removePost`. */
    RemovePostDto: Schemas.RemovePostDto;
    /** @description Request body of `removeRelationValue`. */
    RemoveRelationValueDto: Schemas.RemoveRelationValueDto;
    /** @description Request body of `removeRow`. */
    RemoveRowDto: Schemas.RemoveRowDto;
    /** @description Request body of `removeTenantDepartmentMembers`. */
    RemoveTenantDepartmentMembersReqDto: Schemas.RemoveTenantDepartmentMembersReqDto;
    /** @description Request body of `setTenantAdmin`, `deleteTenantUser` and `removeTenantUsers`. */
    RemoveTenantUsersDto: Schemas.RemoveTenantUsersDto;
    /** @description Part of `GroupPagingDto.list`. */
    ResGroupDto: Schemas.ResGroupDto;
    /** @description Request body of `resetUserPrincipalAuthenticationInfo`. */
    ResetUserPrincipalAuthenticationInfoDto: Schemas.ResetUserPrincipalAuthenticationInfoDto;
    /** @description Part of `ResetUserPrincipalAuthenticationInfoDto.options`. */
    ResetUserPrincipalAuthenticationInfoOptionsDto: Schemas.ResetUserPrincipalAuthenticationInfoOptionsDto;
    /** @description Request body of `resignUserBatch` and `resignPublicAccountBatch`. */
    ResignUserBatchReqDto: Schemas.ResignUserBatchReqDto;
    /** @description Part of `ResignUserRespDto.data`. */
    ResignUserDataDto: Schemas.ResignUserDataDto;
    /** @description Request body of `resignUser`. */
    ResignUserReqDto: Schemas.ResignUserReqDto;
    /** @description What `resignUser`, `resignUserBatch` and `resignPublicAccountBatch` answer. */
    ResignUserRespDto: Schemas.ResignUserRespDto;
    /** @description Part of `CommonResourceDto.actions`, `CreateResourceBatchItemDto.actions` and `CreateResourceDto.actions` and others. */
    ResourceAction: Schemas.ResourceAction;
    /** @description Part of `GetResourceAuthorizedTargetDataDto.list`. */
    ResourceAuthorizedTargetDto: Schemas.ResourceAuthorizedTargetDto;
    /** @description Part of `ResourceListRespDto.data`, `ResourcePagingDto.list` and `ResourceRespDto.data`. */
    ResourceDto: Schemas.ResourceDto;
    /** @description Part of `AuthorizeResourceItem.resources`. */
    ResourceItemDto: Schemas.ResourceItemDto;
    /** @description What `getResourcesBatch` answers. */
    ResourceListRespDto: Schemas.ResourceListRespDto;
    /** @description What `listResources` answers. */
    ResourcePaginatedRespDto: Schemas.ResourcePaginatedRespDto;
    /** @description Part of `ResourcePaginatedRespDto.data`. */
    ResourcePagingDto: Schemas.ResourcePagingDto;
    /** @description What `createResource`, `getResource` and `updateResource` answer. */
    ResourceRespDto: Schemas.ResourceRespDto;
    /** @description Part of `CreateDepartmentTreeRespDto.data`. */
    Result: Schemas.Result;
    /** @description Request body of `revertRosterInvitationBatch`. */
    RevertRosterInvitationBatchDto: Schemas.RevertRosterInvitationBatchDto;
    /** @description Request body of `revertRosterInvitation`. */
    RevertRosterInvitationDto: Schemas.RevertRosterInvitationDto;
    /** @description Request body of `reviewTenantEnterpriseCertification`. */
    ReviewTenantEnterpriseCertificationBodyDto: Schemas.ReviewTenantEnterpriseCertificationBodyDto;
    /** @description Request body of `revokeApplicationAccess`. */
    RevokeApplicationAccessDto: Schemas.RevokeApplicationAccessDto;
    /** @description Request body of `revokeRoleBatch`. */
    RevokeRoleBatchDto: Schemas.RevokeRoleBatchDto;
    /** @description Request body of `revokeRole`. */
    RevokeRoleDto: Schemas.RevokeRoleDto;
    /** @description Part of `RightItemRes.rightsItems`. */
    RightItemDto: Schemas.RightItemDto;
    /** @description Part of `CostGetAllRightItemRespDto.data`. */
    RightItemRes: Schemas.RightItemRes;
    /** @description Part of `UserListPagingDto.list`. */
    RiskListItemDto: Schemas.RiskListItemDto;
    /** @description Request body of `addRiskListPolicy`. */
    RiskListPolicyCreateDto: Schemas.RiskListPolicyCreateDto;
    /** @description Part of `UserListPolicyPaginatedRespDto.data`. */
    RiskListPolicyPagingDto: Schemas.RiskListPolicyPagingDto;
    /** @description Part of `RiskListPolicyPagingDto.list`. */
    RiskListPolicyRespDto: Schemas.RiskListPolicyRespDto;
    /** @description What `getRoleAuthorizedResources` answers. */
    RoleAuthorizedResourcePaginatedRespDto: Schemas.RoleAuthorizedResourcePaginatedRespDto;
    /** @description Part of `RoleAuthorizedResourcePaginatedRespDto.data`. */
    RoleAuthorizedResourcePagingDto: Schemas.RoleAuthorizedResourcePagingDto;
    /** @description Part of `RoleAuthorizedResourcePagingDto.list`. */
    RoleAuthorizedResourcesRespDto: Schemas.RoleAuthorizedResourcesRespDto;
    /** @description Part of `ListPermissionViewRespDto.roleList`. */
    RoleBo: Schemas.RoleBo;
    /** @description What `checkParamsNamespace` and `createAdminRole` answer. */
    RoleCheckParamsRespDto: Schemas.RoleCheckParamsRespDto;
    /** @description Part of `DeleteRoleBatchDto.roleList`. */
    RoleCodeAndNamespaceDto: Schemas.RoleCodeAndNamespaceDto;
    /** @description Part of `AssignRoleBatchDto.roles`, `CheckRoleMutualExclusionReqDto.roles` and `RevokeRoleBatchDto.roles`. */
    RoleCodeDto: Schemas.RoleCodeDto;
    /** @description What `listRoleDepartments` answers. */
    RoleDepartmentListPaginatedRespDto: Schemas.RoleDepartmentListPaginatedRespDto;
    /** @description Part of `RoleDepartmentListPaginatedRespDto.data`. */
    RoleDepartmentListPagingDto: Schemas.RoleDepartmentListPagingDto;
    /** @description Part of `RoleDepartmentListPagingDto.list`. */
    RoleDepartmentRespDto: Schemas.RoleDepartmentRespDto;
    /** @description Part of `RolePagingDto.list`, `RoleSingleRespDto.data` and `UserAttributionDto.targetDetail`. */
    RoleDto: Schemas.RoleDto;
    /** @description Part of `CreateRolesBatch.list`. */
    RoleListItem: Schemas.RoleListItem;
    /** @description Part of `RoleListPageRespDto.data`. */
    RoleListPageDto: Schemas.RoleListPageDto;
    /** @description What `listRoleAssignments` answers. */
    RoleListPageRespDto: Schemas.RoleListPageRespDto;
    /** @description What `getUserRoles` and `listRoles` answer. */
    RolePaginatedRespDto: Schemas.RolePaginatedRespDto;
    /** @description Part of `RolePaginatedRespDto.data`. */
    RolePagingDto: Schemas.RolePagingDto;
    /** @description Part of `ApprovalDetailDto.approvalObjectList`. */
    RolePermissionApplyApprovalObject: Schemas.RolePermissionApplyApprovalObject;
    /** @description Part of `RoleListPageDto.data`. */
    RolePermissionListDto: Schemas.RolePermissionListDto;
    /** @description What `getRole` and `createRole` answer. */
    RoleSingleRespDto: Schemas.RoleSingleRespDto;
    /** @description Part of `FunctionModelValueResDto.data`, `GetImportTemplateResDto.data` and `MetadataListResDto.data`. */
    RowDto: Schemas.RowDto;
    /** @description Part of `EmailProviderDto.smtpConfig`. */
    SMTPEmailProviderConfig: Schemas.SMTPEmailProviderConfig;
    /** @description Part of `ConfigEmailProviderDto.smtpConfig`. */
    SMTPEmailProviderConfigInput: Schemas.SMTPEmailProviderConfigInput;
    /** @description Part of `ApplicationDto.samlConfig`, `CreateApplicationDto.samlConfig` and `CreateApplicationRespDataDto.samlConfig` and others. */
    SamlIdpConfig: Schemas.SamlIdpConfig;
    /** @description Request body of `saveInvitationPolicies`. */
    SaveDeviceExclusiveValidScopeSettingsDto: Schemas.SaveDeviceExclusiveValidScopeSettingsDto;
    /** @description Part of `FilterDto.scope` and `FilterDto.filterRelation`. */
    ScopeDto: Schemas.ScopeDto;
    /** @description Part of `SearchDepartmentsListReqDto.advancedFilter`. */
    SearchDepartmentsFilterItemDto: Schemas.SearchDepartmentsFilterItemDto;
    /** @description Request body of `searchDepartmentsList`. */
    SearchDepartmentsListReqDto: Schemas.SearchDepartmentsListReqDto;
    /** @description Request body of `searchDepartments`. */
    SearchDepartmentsReqDto: Schemas.SearchDepartmentsReqDto;
    /** @description Part of `SecuritySettingsRespDto.data`. */
    SecuritySettingsDto: Schemas.SecuritySettingsDto;
    /** @description What `getSecuritySettings` and `updateSecuritySettings` answer. */
    SecuritySettingsRespDto: Schemas.SecuritySettingsRespDto;
    /** @description Part of `SecuritySettingsDto.selfUnlockAccount` and `UpdateSecuritySettingsDto.selfUnlockAccount`. */
    SelfUnlockAccountConfigDto: Schemas.SelfUnlockAccountConfigDto;
    /** @description Part of `CreatePublicAccountOptionsDto.sendNotification` and `CreateUserOptionsDto.sendNotification`. */
    SendCreateAccountNotificationDto: Schemas.SendCreateAccountNotificationDto;
    /** @description What `sendEmailBatch` answers. */
    SendEmailBatchDataDto: Schemas.SendEmailBatchDataDto;
    /** @description Part of `EmailProviderDto.sendGridConfig`. */
    SendGridEmailProviderConfig: Schemas.SendGridEmailProviderConfig;
    /** @description Part of `ConfigEmailProviderDto.sendGridConfig`. */
    SendGridEmailProviderConfigInput: Schemas.SendGridEmailProviderConfigInput;
    /** @description Request body of `sendInviteTenantUserEmail`. */
    SendInviteTenantUserEmailDto: Schemas.SendInviteTenantUserEmailDto;
    /** @description Request body of `sendEmailBatch`. */
    SendManyTenantEmailDto: Schemas.SendManyTenantEmailDto;
    /** @description Request body of `sendSmsBatch`. */
    SendManyTenantSmsDto: Schemas.SendManyTenantSmsDto;
    /** @description Part of `UpdatePublicAccountBatchOptionsDto.sendPasswordResetedNotification`, `UpdatePublicAccountOptionsDto.sendPasswordResetedNotification` and `UpdateUserBatchOptionsDto.sendPasswordResetedNotification` and others. */
    SendResetPasswordNotificationDto: Schemas.SendResetPasswordNotificationDto;
    /** @description Request body of `sendRosterInvitationBatch`. */
    SendRosterInvitationBatchDto: Schemas.SendRosterInvitationBatchDto;
    /** @description Request body of `sendRosterInvitation`. */
    SendRosterInvitationDto: Schemas.SendRosterInvitationDto;
    /** @description Part of `SendSmsBatchRespDto.data`. */
    SendSmsBatchDataDto: Schemas.SendSmsBatchDataDto;
    /** @description What `sendSmsBatch` answers. */
    SendSmsBatchRespDto: Schemas.SendSmsBatchRespDto;
    /** @description Part of `SendManyTenantEmailDto.users`. */
    SendTenantEmailDto: Schemas.SendTenantEmailDto;
    /** @description Part of `SendManyTenantSmsDto.users`. */
    SendTenantSmsDto: Schemas.SendTenantSmsDto;
    /** @description Part of `SetCustomDataReqDto.list`. */
    SetCustomDataDto: Schemas.SetCustomDataDto;
    /** @description Request body of `setCustomData`. */
    SetCustomDataReqDto: Schemas.SetCustomDataReqDto;
    /** @description Part of `SetCustomFieldsReqDto.list`. */
    SetCustomFieldDto: Schemas.SetCustomFieldDto;
    /** @description Request body of `setCustomFields`. */
    SetCustomFieldsReqDto: Schemas.SetCustomFieldsReqDto;
    /** @description Request body of `setUserAttributionMainDepartment`. */
    SetInvitationPolicyUserAttributionMainDepartmentDto: Schemas.SetInvitationPolicyUserAttributionMainDepartmentDto;
    /** @description Request body of `setUsersMfaStatus`. */
    SetMfaStatusDto: Schemas.SetMfaStatusDto;
    /** @description Request body of `bindUsersPublicAccount`. */
    SetPublicAccountBatchReqDto: Schemas.SetPublicAccountBatchReqDto;
    /** @description Part of `SetUserBaseFieldsReqDto.list`. */
    SetUserBaseFieldDto: Schemas.SetUserBaseFieldDto;
    /** @description Request body of `setUserBaseFields`. */
    SetUserBaseFieldsReqDto: Schemas.SetUserBaseFieldsReqDto;
    /** @description Part of `SetUserDepartmentsDto.departments`. */
    SetUserDepartmentDto: Schemas.SetUserDepartmentDto;
    /** @description Request body of `setUserDepartments` and `setPublicAccountOfDepartments`. */
    SetUserDepartmentsDto: Schemas.SetUserDepartmentsDto;
    /** @description Part of `SetUserDepartmentsDto.options`. */
    SetUserDepartmentsOptionsDto: Schemas.SetUserDepartmentsOptionsDto;
    /** @description Request body of `getPublicAccountOfGroups`. */
    SetUserGroupsDto: Schemas.SetUserGroupsDto;
    /** @description Request body of `setuserOfPublicAccount`. */
    SetUserOfPublicAccountBatchReqDto: Schemas.SetUserOfPublicAccountBatchReqDto;
    /** @description Request body of `setUserPosts`. */
    SetUserPostsDto: Schemas.SetUserPostsDto;
    /** @description Request body of `bindPublicAccountOfRoles`. */
    SetUserRolesDto: Schemas.SetUserRolesDto;
    /** @description Part of `ListPublicAccountsOptionsDto.sort` and `ListUsersOptionsDto.sort`. */
    SortingDto: Schemas.SortingDto;
    /** @description Part of `OpenResource.strAuthorize`. */
    StrAuthorize: Schemas.StrAuthorize;
    /** @description Part of `GetExternalUserResourceStructDataDto.strResourceAuthAction` and `GetUserResourceStructDataDto.strResourceAuthAction`. */
    StrResourceAuthAction: Schemas.StrResourceAuthAction;
    /** @description Part of `CreateAuthorizeDataPolicyDto.targetList`. */
    SubjectDto: Schemas.SubjectDto;
    /** @description Part of `ListDataPoliciesRespDto.targetList`. */
    SubjectRespDto: Schemas.SubjectRespDto;
    /** @description Request body of `suspendDevice`. */
    SuspendTerminalUserDto: Schemas.SuspendTerminalUserDto;
    /** @description Part of `SyncJobPagingDto.list` and `SyncJobSingleRespDto.data`. */
    SyncJobDto: Schemas.SyncJobDto;
    /** @description What `listSyncJobs` answers. */
    SyncJobPaginatedRespDto: Schemas.SyncJobPaginatedRespDto;
    /** @description Part of `SyncJobPaginatedRespDto.data`. */
    SyncJobPagingDto: Schemas.SyncJobPagingDto;
    /** @description What `getSyncJob` answers. */
    SyncJobSingleRespDto: Schemas.SyncJobSingleRespDto;
    /** @description What `getDepartmentSyncRelations` and `getUserSyncRelations` answer. */
    SyncRelationListRespDto: Schemas.SyncRelationListRespDto;
    /** @description Part of `SyncRiskOperationPagingDto.list`. */
    SyncRiskOperationDto: Schemas.SyncRiskOperationDto;
    /** @description What `listSyncRiskOperations` answers. */
    SyncRiskOperationPaginatedRespDto: Schemas.SyncRiskOperationPaginatedRespDto;
    /** @description Part of `SyncRiskOperationPaginatedRespDto.data`. */
    SyncRiskOperationPagingDto: Schemas.SyncRiskOperationPagingDto;
    /** @description Part of `SyncTaskClientConfig.activeDirectoryConfig`. */
    SyncTaskActiveDirectoryClientConfig: Schemas.SyncTaskActiveDirectoryClientConfig;
    /** @description Part of `CreateSyncTaskDto.clientConfig` and `UpdateSyncTaskDto.clientConfig`. */
    SyncTaskClientConfig: Schemas.SyncTaskClientConfig;
    /** @description Part of `SyncTaskClientConfig.dingtalkConfig`. */
    SyncTaskDingtalkClientConfig: Schemas.SyncTaskDingtalkClientConfig;
    /** @description Part of `SyncTaskPagingDto.list` and `SyncTaskSingleRespDto.data`. */
    SyncTaskDto: Schemas.SyncTaskDto;
    /** @description Part of `CreateSyncTaskDto.fieldMapping`, `SyncTaskDto.fieldMapping` and `UpdateSyncTaskDto.fieldMapping`. */
    SyncTaskFieldMapping: Schemas.SyncTaskFieldMapping;
    /** @description Part of `SyncTaskClientConfig.fxiaokeConfig`. */
    SyncTaskFxiaokeClientConfig: Schemas.SyncTaskFxiaokeClientConfig;
    /** @description Part of `SyncTaskClientConfig.italentConfig`. */
    SyncTaskItalentClientConfig: Schemas.SyncTaskItalentClientConfig;
    /** @description Part of `SyncTaskClientConfig.kayangConfig`. */
    SyncTaskKayangClientConfig: Schemas.SyncTaskKayangClientConfig;
    /** @description Part of `SyncTaskClientConfig.larkConfig` and `SyncTaskClientConfig.larkInternationalConfig`. */
    SyncTaskLarkClientConfig: Schemas.SyncTaskLarkClientConfig;
    /** @description Part of `SyncTaskClientConfig.ldapConfig`. */
    SyncTaskLdapClientConfig: Schemas.SyncTaskLdapClientConfig;
    /** @description Part of `SyncTaskClientConfig.maycurConfig`. */
    SyncTaskMaycurClientConfig: Schemas.SyncTaskMaycurClientConfig;
    /** @description Part of `SyncTaskClientConfig.mokaConfig`. */
    SyncTaskMokaClientConfig: Schemas.SyncTaskMokaClientConfig;
    /** @description What `listSyncTasks`, `createSyncTask` and `updateSyncTask` answer. */
    SyncTaskPaginatedRespDto: Schemas.SyncTaskPaginatedRespDto;
    /** @description Part of `SyncTaskPaginatedRespDto.data`. */
    SyncTaskPagingDto: Schemas.SyncTaskPagingDto;
    /** @description Part of `CreateSyncTaskDto.provisioningScope`, `SyncTaskDto.provisioningScope` and `UpdateSyncTaskDto.provisioningScope`. */
    SyncTaskProvisioningScope: Schemas.SyncTaskProvisioningScope;
    /** @description Part of `SyncTaskClientConfig.scimConfig`. */
    SyncTaskScimClientConfig: Schemas.SyncTaskScimClientConfig;
    /** @description What `getSyncTask` answers. */
    SyncTaskSingleRespDto: Schemas.SyncTaskSingleRespDto;
    /** @description Part of `CreateSyncTaskDto.timedScheduler`, `SyncTaskDto.timedScheduler` and `UpdateSyncTaskDto.timedScheduler`. */
    SyncTaskTimedScheduler: Schemas.SyncTaskTimedScheduler;
    /** @description Part of `SyncTaskClientConfig.wechatworkConfig`. */
    SyncTaskWechatworkClientConfig: Schemas.SyncTaskWechatworkClientConfig;
    /** @description Part of `SyncTaskClientConfig.xiaoshouyiConfig`. */
    SyncTaskXiaoshouyiClientConfig: Schemas.SyncTaskXiaoshouyiClientConfig;
    /** @description Part of `UpdateLoginConfig.passwordTabConfig` and `UpdateLoginConfig.verifyCodeTabConfig`. */
    TabConfigDto: Schemas.TabConfigDto;
    /** @description Part of `AssignRoleBatchDto.targets`, `AssignRoleDto.targets` and `RevokeRoleBatchDto.targets` and others. */
    TargetDto: Schemas.TargetDto;
    /** @description Part of `TenantApplicationListPagingDto.list`. */
    TenantApplicationDto: Schemas.TenantApplicationDto;
    /** @description What `listTenantApplications` answers. */
    TenantApplicationListPaginatedRespDto: Schemas.TenantApplicationListPaginatedRespDto;
    /** @description Part of `TenantApplicationListPaginatedRespDto.data`. */
    TenantApplicationListPagingDto: Schemas.TenantApplicationListPagingDto;
    /** @description Part of `TenantCooperatorListPagingDto.list`. */
    TenantCooperatorDto: Schemas.TenantCooperatorDto;
    /** @description Part of `TenantCooperatorPaginatedRespDto.data`. */
    TenantCooperatorListPagingDto: Schemas.TenantCooperatorListPagingDto;
    /** @description What `listTenantCooperators` answers. */
    TenantCooperatorPaginatedRespDto: Schemas.TenantCooperatorPaginatedRespDto;
    /** @description Part of `TenantCooperatorSingleRespDto.data`. */
    TenantCooperatorSingleDto: Schemas.TenantCooperatorSingleDto;
    /** @description What `getTenantCooperator` and `getTenantCooperatorMenu` answer. */
    TenantCooperatorSingleRespDto: Schemas.TenantCooperatorSingleRespDto;
    /** @description Part of `CreateTenantRespDto.data`. */
    TenantDto: Schemas.TenantDto;
    /** @description What `getTenantEnterpriseCertification` answers. */
    TenantEnterpriseCertificationRespDto: Schemas.TenantEnterpriseCertificationRespDto;
    /** @description What `listTenants` answers. */
    TenantListPaginatedRespDto: Schemas.TenantListPaginatedRespDto;
    /** @description Part of `TenantListPaginatedRespDto.data`. */
    TenantListPagingDto: Schemas.TenantListPagingDto;
    /** @description Part of `TenantListPagingDto.list` and `TenantSingleRespDto.data`. */
    TenantRespDto: Schemas.TenantRespDto;
    /** @description What `getTenantLittleInfo`, `getTenant` and `getTenantByCode` answer. */
    TenantSingleRespDto: Schemas.TenantSingleRespDto;
    /** @description Part of `TenantCooperatorDto.tenantUser`, `TenantUserListPagingDto.list` and `TenantUserRespDto.data` and others. */
    TenantUserDto: Schemas.TenantUserDto;
    /** @description What `listTenantAdmin` and `listTenantUsers` answer. */
    TenantUserListPaginatedRespDto: Schemas.TenantUserListPaginatedRespDto;
    /** @description Part of `TenantUserListPaginatedRespDto.data`. */
    TenantUserListPagingDto: Schemas.TenantUserListPagingDto;
    /** @description What `createTenantUser` answers. */
    TenantUserRespDto: Schemas.TenantUserRespDto;
    /** @description What `getTenantUser` answers. */
    TenantUserSingleRespDto: Schemas.TenantUserSingleRespDto;
    /** @description Part of `EmailProviderDto.tencentExmailConfig`. */
    TencentExmailEmailProviderConfig: Schemas.TencentExmailEmailProviderConfig;
    /** @description Part of `ConfigEmailProviderDto.tencentExmailConfig`. */
    TencentExmailEmailProviderConfigInput: Schemas.TencentExmailEmailProviderConfigInput;
    /** @description Request body of `getDeviceStatus`. */
    TerminalBaseDto: Schemas.TerminalBaseDto;
    /** @description Part of `TerminalInfoRespDto.data`. */
    TerminalInfoDto: Schemas.TerminalInfoDto;
    /** @description What `createDevice`, `addDevice` and `createVerifyDevice` answer. */
    TerminalInfoRespDto: Schemas.TerminalInfoRespDto;
    /** @description Part of `TreeAuthorize.authList`. */
    TreeAuthBo: Schemas.TreeAuthBo;
    /** @description Part of `OpenResource.treeAuthorize`. */
    TreeAuthorize: Schemas.TreeAuthorize;
    /** @description Part of `GetExternalUserResourceStructDataDto.treeResourceAuthAction` and `GetUserResourceStructDataDto.treeResourceAuthAction`. */
    TreeResourceAuthAction: Schemas.TreeResourceAuthAction;
    /** @description Part of `TreeResourceAuthAction.nodeAuthActionList` and `TreeStructs.children`. */
    TreeStructs: Schemas.TreeStructs;
    /** @description Request body of `triggerSyncRiskOperations`. */
    TriggerSyncRiskOperationDto: Schemas.TriggerSyncRiskOperationDto;
    /** @description Part of `TriggerSyncRiskOperationsRespDto.data`. */
    TriggerSyncRiskOperationsDataDto: Schemas.TriggerSyncRiskOperationsDataDto;
    /** @description What `triggerSyncRiskOperations` answers. */
    TriggerSyncRiskOperationsRespDto: Schemas.TriggerSyncRiskOperationsRespDto;
    /** @description Part of `TriggerSyncTaskRespDto.data`. */
    TriggerSyncTaskDataDto: Schemas.TriggerSyncTaskDataDto;
    /** @description Request body of `triggerSyncTask`. */
    TriggerSyncTaskDto: Schemas.TriggerSyncTaskDto;
    /** @description What `triggerSyncTask` and `listSyncJobLogs` answer. */
    TriggerSyncTaskRespDto: Schemas.TriggerSyncTaskRespDto;
    /** @description Part of `TriggerWebhookRespDto.data`. */
    TriggerWebhookData: Schemas.TriggerWebhookData;
    /** @description Request body of `triggerWebhook`. */
    TriggerWebhookDto: Schemas.TriggerWebhookDto;
    /** @description What `triggerWebhook` answers. */
    TriggerWebhookRespDto: Schemas.TriggerWebhookRespDto;
    /** @description Request body of `unbindUsersPublicAccount`. */
    UnbindPublicAccountBatchReqDto: Schemas.UnbindPublicAccountBatchReqDto;
    /** @description Part of `PaginationUniversalInvitationApplicantDataDto.list`. */
    UniversalInvitationApplicantData: Schemas.UniversalInvitationApplicantData;
    /** @description Request body of `unlinkIdentity`. */
    UnlinkIdentity: Schemas.UnlinkIdentity;
    /** @description Part of `UnlinkIdentityResDto.data`. */
    UnlinkIdentityDataDto: Schemas.UnlinkIdentityDataDto;
    /** @description What `unlinkIdentity` answers. */
    UnlinkIdentityResDto: Schemas.UnlinkIdentityResDto;
    /** @description Request body of `updateAccessKey`. */
    UpdateAccessKeyDto: Schemas.UpdateAccessKeyDto;
    /** @description Request body of `updateApplication`. */
    UpdateApplicationDto: Schemas.UpdateApplicationDto;
    /** @description Part of `UpdateApplicationDto.loginConfig`. */
    UpdateApplicationLoginConfigInputDto: Schemas.UpdateApplicationLoginConfigInputDto;
    /** @description Request body of `updateApplicationMfaSettings`. */
    UpdateApplicationMfaSettingsDto: Schemas.UpdateApplicationMfaSettingsDto;
    /** @description Request body of `updateApplicationPermissionStrategy`. */
    UpdateApplicationPermissionStrategyDataDto: Schemas.UpdateApplicationPermissionStrategyDataDto;
    /** @description Request body of `updateAsaAccount`. */
    UpdateAsaAccountDto: Schemas.UpdateAsaAccountDto;
    /** @description Request body of `enabledAuth`. */
    UpdateAuthEnabledDto: Schemas.UpdateAuthEnabledDto;
    /** @description Request body of `updateDataPolicy`. */
    UpdateDataPolicyDto: Schemas.UpdateDataPolicyDto;
    /** @description Part of `UpdateDataPolicyResponseDto.data`. */
    UpdateDataPolicyRespDto: Schemas.UpdateDataPolicyRespDto;
    /** @description What `updateDataPolicy` answers. */
    UpdateDataPolicyResponseDto: Schemas.UpdateDataPolicyResponseDto;
    /** @description Request body of `updateDataResource`. */
    UpdateDataResourceDto: Schemas.UpdateDataResourceDto;
    /** @description Part of `UpdateDataResourceResponseDto.data`. */
    UpdateDataResourceRespDto: Schemas.UpdateDataResourceRespDto;
    /** @description What `updateDataResource` answers. */
    UpdateDataResourceResponseDto: Schemas.UpdateDataResourceResponseDto;
    /** @description Request body of `updateDepartment`. */
    UpdateDepartmentReqDto: Schemas.UpdateDepartmentReqDto;
    /** @description Request body of `updateNodeStatus`. */
    UpdateDepartmentStatusReqDto: Schemas.UpdateDepartmentStatusReqDto;
    /** @description Request body of `updateRuleSettings`. */
    UpdateDeviceExclusiveRuleDto: Schemas.UpdateDeviceExclusiveRuleDto;
    /** @description Request body of `updateDnef`. */
    UpdateDnefReq: Schemas.UpdateDnefReq;
    /** @description Request body of `updateInviteEmailTemplate` and `updateEmailTemplate`. */
    UpdateEmailTemplateDto: Schemas.UpdateEmailTemplateDto;
    /** @description Request body of `updateExtIdpConn`. */
    UpdateExtIdpConnDto: Schemas.UpdateExtIdpConnDto;
    /** @description Request body of `updateExtIdp`. */
    UpdateExtIdpDto: Schemas.UpdateExtIdpDto;
    /** @description Part of `PolicyExtendsFieldsDto.extendsField`. */
    UpdateExtendsFieldDto: Schemas.UpdateExtendsFieldDto;
    /** @description Request body of `updateModel`. */
    UpdateFunctionModelDto: Schemas.UpdateFunctionModelDto;
    /** @description Request body of `updateField`. */
    UpdateFunctionModelFieldDto: Schemas.UpdateFunctionModelFieldDto;
    /** @description Request body of `updateGroup`. */
    UpdateGroupReqDto: Schemas.UpdateGroupReqDto;
    /** @description Request body of `updateInvitationPolicy`. */
    UpdateInvitationPolicyDto: Schemas.UpdateInvitationPolicyDto;
    /** @description Request body of `updateInvitationRoster`. */
    UpdateInvitationRosterDto: Schemas.UpdateInvitationRosterDto;
    /** @description Part of `UpdateLoginConfigDto.update` and `UpdateUserPoolTenantLoginConfigDto.update`. */
    UpdateLoginConfig: Schemas.UpdateLoginConfig;
    /** @description Request body of `updateLoginPageConfig`. */
    UpdateLoginConfigDto: Schemas.UpdateLoginConfigDto;
    /** @description Request body of `updateNamespace`. */
    UpdateNamespaceDto: Schemas.UpdateNamespaceDto;
    /** @description What `updateNamespace` answers. */
    UpdateNamespaceRespDto: Schemas.UpdateNamespaceRespDto;
    /** @description Request body of `updateOperate`. */
    UpdateOperateModelDto: Schemas.UpdateOperateModelDto;
    /** @description Request body of `updateOrganization`. */
    UpdateOrganizationReqDto: Schemas.UpdateOrganizationReqDto;
    /** @description Request body of `updateOrganizationStatus`. */
    UpdateOrganizationStatusReqDto: Schemas.UpdateOrganizationStatusReqDto;
    /** @description Request body of `updatePermissionNamespace`. */
    UpdatePermissionNamespaceDto: Schemas.UpdatePermissionNamespaceDto;
    /** @description Part of `UpdatePermissionNamespaceResponseDto.data`. */
    UpdatePermissionNamespaceRespDto: Schemas.UpdatePermissionNamespaceRespDto;
    /** @description What `updatePermissionNamespace` answers. */
    UpdatePermissionNamespaceResponseDto: Schemas.UpdatePermissionNamespaceResponseDto;
    /** @description Request body of `updatePipelineFunction`. */
    UpdatePipelineFunctionDto: Schemas.UpdatePipelineFunctionDto;
    /** @description Request body of `updatePipelineOrder`. */
    UpdatePipelineOrderDto: Schemas.UpdatePipelineOrderDto;
    /** @description Part of `UpdatePublicAccountBatchReqDto.options`. */
    UpdatePublicAccountBatchOptionsDto: Schemas.UpdatePublicAccountBatchOptionsDto;
    /** @description Request body of `updatePublicAccountBatch`. */
    UpdatePublicAccountBatchReqDto: Schemas.UpdatePublicAccountBatchReqDto;
    /** @description Part of `UpdatePublicAccountBatchReqDto.list`. */
    UpdatePublicAccountInfoDto: Schemas.UpdatePublicAccountInfoDto;
    /** @description Part of `UpdatePublicAccountReqDto.options`. */
    UpdatePublicAccountOptionsDto: Schemas.UpdatePublicAccountOptionsDto;
    /** @description Request body of `updatePublicAccount`. */
    UpdatePublicAccountReqDto: Schemas.UpdatePublicAccountReqDto;
    /** @description Request body of `updateResource`. */
    UpdateResourceDto: Schemas.UpdateResourceDto;
    /** @description Request body of `updateRole`. */
    UpdateRoleDto: Schemas.UpdateRoleDto;
    /** @description Request body of `updateRow`. */
    UpdateRowDto: Schemas.UpdateRowDto;
    /** @description Request body of `updateSecuritySettings`. */
    UpdateSecuritySettingsDto: Schemas.UpdateSecuritySettingsDto;
    /** @description Request body of `updateSyncTask`. */
    UpdateSyncTaskDto: Schemas.UpdateSyncTaskDto;
    /** @description Request body of `updateTenantQrCodeState`. */
    UpdateTenantAppqrcodeState: Schemas.UpdateTenantAppqrcodeState;
    /** @description Request body of `updateTenant`. */
    UpdateTenantDto: Schemas.UpdateTenantDto;
    /** @description Request body of `updateTenantUser`. */
    UpdateTenantUserDto: Schemas.UpdateTenantUserDto;
    /** @description Request body of `disableDevice` and `enableDevice`. */
    UpdateTerminalUserDto: Schemas.UpdateTerminalUserDto;
    /** @description Request body of `updateUniversalInvitation`. */
    UpdateUniversalInvitationDto: Schemas.UpdateUniversalInvitationDto;
    /** @description Part of `UpdateUserBatchReqDto.options`. */
    UpdateUserBatchOptionsDto: Schemas.UpdateUserBatchOptionsDto;
    /** @description Request body of `updateUserBatch`. */
    UpdateUserBatchReqDto: Schemas.UpdateUserBatchReqDto;
    /** @description Part of `UpdateUserBatchReqDto.list`. */
    UpdateUserInfoDto: Schemas.UpdateUserInfoDto;
    /** @description Part of `UpdateUserReqDto.options`. */
    UpdateUserOptionsDto: Schemas.UpdateUserOptionsDto;
    /** @description Request body of `updateUserPoolTenantConfig`. */
    UpdateUserPoolTenantLoginConfigDto: Schemas.UpdateUserPoolTenantLoginConfigDto;
    /** @description Request body of `updateUser`. */
    UpdateUserReqDto: Schemas.UpdateUserReqDto;
    /** @description Request body of `updateWebhook`. */
    UpdateWebhookDto: Schemas.UpdateWebhookDto;
    /** @description What `updateWebhook` answers. */
    UpdateWebhooksRespDto: Schemas.UpdateWebhooksRespDto;
    /** @description Part of `UserSyncRelationDto.userInfoInIdp`. */
    User: Schemas.User;
    /** @description Part of `UserActionLogRespData.list`. */
    UserActionLogDto: Schemas.UserActionLogDto;
    /** @description Part of `UserActionLogRespDto.data`. */
    UserActionLogRespData: Schemas.UserActionLogRespData;
    /** @description What `getUserActionLogs` answers. */
    UserActionLogRespDto: Schemas.UserActionLogRespDto;
    /** @description Part of `UserAttributionPaginationDto.list` and `UserAttributionSingleRespDto.data`. */
    UserAttributionDto: Schemas.UserAttributionDto;
    /** @description Part of `UserAttributionMainDepartmentRespDto.data`. */
    UserAttributionMainDepartmentDto: Schemas.UserAttributionMainDepartmentDto;
    /** @description What `getUserAttributionMainDepartment` answers. */
    UserAttributionMainDepartmentRespDto: Schemas.UserAttributionMainDepartmentRespDto;
    /** @description Part of `UserAttributionPaginationRespDto.data`. */
    UserAttributionPaginationDto: Schemas.UserAttributionPaginationDto;
    /** @description What `listPolicyUserAttributionDetail` answers. */
    UserAttributionPaginationRespDto: Schemas.UserAttributionPaginationRespDto;
    /** @description What `getPolicyUserAttributionDetail` and `addPolicyUserAttribution` answer. */
    UserAttributionSingleRespDto: Schemas.UserAttributionSingleRespDto;
    /** @description Request body of `userConnectionPost`, `setPublicAccountOfnPost` and `unbindPublicAccountOfPost`. */
    UserConnectionPostDto: Schemas.UserConnectionPostDto;
    /** @description What `getUserDepartments` and `getPublicAccountDepartments` answer. */
    UserDepartmentPaginatedRespDto: Schemas.UserDepartmentPaginatedRespDto;
    /** @description Part of `UserDepartmentPaginatedRespDto.data`. */
    UserDepartmentPagingDto: Schemas.UserDepartmentPagingDto;
    /** @description Part of `UserDepartmentPagingDto.list`. */
    UserDepartmentRespDto: Schemas.UserDepartmentRespDto;
    /** @description Part of `GroupDto.members`, `ResGroupDto.members` and `TenantCooperatorDto.user` and others. */
    UserDto: Schemas.UserDto;
    /** @description Request body of `userFieldDecrypt`. */
    UserFieldDecryptReqDto: Schemas.UserFieldDecryptReqDto;
    /** @description Part of `UserFieldDecryptReqDto.data`. */
    UserFieldDecryptReqItemDto: Schemas.UserFieldDecryptReqItemDto;
    /** @description What `userFieldDecrypt` answers. */
    UserFieldDecryptRespDto: Schemas.UserFieldDecryptRespDto;
    /** @description Part of `UserFieldDecryptRespDto.data`. */
    UserFieldDecryptRespItemDto: Schemas.UserFieldDecryptRespItemDto;
    /** @description What `listDepartmentMemberIds` answers. */
    UserIdListRespDto: Schemas.UserIdListRespDto;
    /** @description Part of `CreateDepartmentTreeReqDto.members`. */
    UserInfoDto: Schemas.UserInfoDto;
    /** @description Request body of `addUser`. */
    UserListCreateDto: Schemas.UserListCreateDto;
    /** @description What `findUserList` answers. */
    UserListPaginatedRespDto: Schemas.UserListPaginatedRespDto;
    /** @description Part of `UserListPaginatedRespDto.data`. */
    UserListPagingDto: Schemas.UserListPagingDto;
    /** @description What `findRiskListPolicy` answers. */
    UserListPolicyPaginatedRespDto: Schemas.UserListPolicyPaginatedRespDto;
    /** @description What `getUserBatch`, `createUsersBatch` and `updateUserBatch` answer. */
    UserListRespDto: Schemas.UserListRespDto;
    /** @description Part of `UserLoggedInAppsListRespDto.data`. */
    UserLoggedInAppsDto: Schemas.UserLoggedInAppsDto;
    /** @description What `getUserLoggedinApps` answers. */
    UserLoggedInAppsListRespDto: Schemas.UserLoggedInAppsListRespDto;
    /** @description Part of `UserLoggedInIdentitiesRespDto.data`. */
    UserLoggedInIdentitiesDto: Schemas.UserLoggedInIdentitiesDto;
    /** @description What `getUserLoggedinIdentities` answers. */
    UserLoggedInIdentitiesRespDto: Schemas.UserLoggedInIdentitiesRespDto;
    /** @description Part of `UserLoginHistoryPagingDto.list`. */
    UserLoginHistoryDto: Schemas.UserLoginHistoryDto;
    /** @description What `getUserLoginHistory` answers. */
    UserLoginHistoryPaginatedRespDto: Schemas.UserLoginHistoryPaginatedRespDto;
    /** @description Part of `UserLoginHistoryPaginatedRespDto.data`. */
    UserLoginHistoryPagingDto: Schemas.UserLoginHistoryPagingDto;
    /** @description Part of `UserMfaSingleRespDto.data`. */
    UserMfaRespDto: Schemas.UserMfaRespDto;
    /** @description What `getUserMfaInfo` answers. */
    UserMfaSingleRespDto: Schemas.UserMfaSingleRespDto;
    /** @description What `listDepartmentMembers`, `searchDepartmentMembers`, `listUsers`, `listUsersLegacy` and 3 more answer. */
    UserPaginatedRespDto: Schemas.UserPaginatedRespDto;
    /** @description Part of `UserPaginatedRespDto.data`. */
    UserPagingDto: Schemas.UserPagingDto;
    /** @description Part of `GetUserPermissionListDataDto.userPermissionList`. */
    UserPermissionListDto: Schemas.UserPermissionListDto;
    /** @description Part of `UserPoolTenantConfigDtoRespDto.data`. */
    UserPoolTenantConfigDto: Schemas.UserPoolTenantConfigDto;
    /** @description What `userpollTenantConfig` answers. */
    UserPoolTenantConfigDtoRespDto: Schemas.UserPoolTenantConfigDtoRespDto;
    /** @description What `getUser`, `createUser` and `updateUser` answer. */
    UserSingleRespDto: Schemas.UserSingleRespDto;
    /** @description Part of `SyncRelationListRespDto.data`. */
    UserSyncRelationDto: Schemas.UserSyncRelationDto;
    /** @description Part of `WebhookEventListData.categories`. */
    WebhookCategoryDto: Schemas.WebhookCategoryDto;
    /** @description Part of `CreateWebhookRespDto.data`, `GetWebhookRespDto.data` and `GetWebhooksData.list` and others. */
    WebhookDto: Schemas.WebhookDto;
    /** @description Part of `WebhookEventListData.events`. */
    WebhookEventDto: Schemas.WebhookEventDto;
    /** @description Part of `WebhookEventListRespDto.data`. */
    WebhookEventListData: Schemas.WebhookEventListData;
    /** @description What `getWebhookEventList` answers. */
    WebhookEventListRespDto: Schemas.WebhookEventListRespDto;
    /** @description Part of `ListWebhookLogsData.list`. */
    WebhookLogDto: Schemas.WebhookLogDto;
    /** @description Part of `CreateWebhookDto.retryConfig`, `UpdateWebhookDto.retryConfig` and `WebhookDto.retryConfig`. */
    WebhookRetryConfigV3Dto: Schemas.WebhookRetryConfigV3Dto;
    /** @description What `addWhitelistOfApp`, `listWhitelistsOfApp`, `addWhitelist` and `listWhitelists` answer. */
    WhitelistListRespDto: Schemas.WhitelistListRespDto;
    /** @description Part of `WhitelistListRespDto.data`. */
    WhitelistRespDto: Schemas.WhitelistRespDto;
    /** @description Part of `InviteTenantUsersDto.errMsgs`. */
    errorEmailMsg: Schemas.errorEmailMsg;
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
/** Every operation by `operationId`: its parameters, request body and responses. */
export interface operations {
  postList: {
    parameters: {
      query?: {
        /** @description Search position code or name. */
        keywords?: string;
        /** @description Whether to count the number of departments and users associated with the position. */
        skipCount?: boolean;
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description The number of pages per page cannot exceed 50, and the default is 10. */
        limit?: number;
        /** @description Whether to display metadata content. */
        withMetadata?: boolean;
        /** @description Whether to obtain custom data. */
        withCustomData?: boolean;
        /** @description Whether to flatten the extended field. */
        flatCustomData?: boolean;
        /** @description Whether to not display the fieldId field of metadata. */
        metadataNoFieldId?: boolean;
        /** @description Jobs created after this time. */
        createdAfter?: number;
        /** @description Jobs created before this time. */
        createdBefore?: number;
        /** @description Positions updated after this time. */
        updatedAfter?: number;
        /** @description Positions updated before this time. */
        updatedBefore?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PostPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  postListBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ListPostBatchDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PostPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getPost: {
    parameters: {
      query: {
        /** @description Position code. */
        code: string;
        /** @description Whether to obtain custom data. */
        withCustomData?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreatePostDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUserPosts: {
    parameters: {
      query: {
        /** @description User id. */
        userId: string;
        /** @description Whether to obtain custom data. */
        withCustomData?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PostListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUserPost: {
    parameters: {
      query: {
        /** @description User id. */
        userId: string;
        /** @description Whether to obtain custom data. */
        withCustomData?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreatePostDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getPostById: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GetPostByIdListDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PostRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createPost: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreatePostDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreatePostRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updatePost: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreatePostDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreatePostRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  removePost: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RemovePostDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  setUserPosts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SetUserPostsDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  userConnectionPost: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UserConnectionPostDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listRow: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["FilterDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FunctionModelValueListResDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getRow: {
    parameters: {
      query: {
        /** @description Function ID. */
        modelId: string;
        /** @description Row ID. */
        rowId: string;
        /** @description Whether to use field ID as key in response. */
        showFieldId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FunctionModelValueResDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getRowByValue: {
    parameters: {
      query: {
        /** @description Function ID. */
        modelId: string;
        /** @description Field key. */
        key: string;
        /** @description Field value. */
        value: string;
        /** @description Whether to use field ID as key in response. */
        showFieldId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FunctionModelValueResDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getRowBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GetRowBatchDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MetadataListResDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createRow: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateRowDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FunctionModelValueResDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateRow: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateRowDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FunctionModelValueResDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  removeRow: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RemoveRowDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createModel: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateFunctionModelDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FunctionModelResDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getModel: {
    parameters: {
      query: {
        /** @description Function ID can be obtained from the console page. */
        id: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FunctionModelResDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listModel: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FunctionModelListDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  removeModel: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["FunctionModelIdDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateModel: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateFunctionModelDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FunctionModelResDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createField: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateFunctionModelFieldDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FunctionModelFieldResDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateField: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateFunctionModelFieldDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FunctionModelFieldResDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  remoteField: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["FunctionModelFieldIdDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listField: {
    parameters: {
      query: {
        /** @description Function ID. */
        modelId: string;
        /** @description Request source. */
        from: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FunctionFieldListResDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  exportMetadata: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ExportModelDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  importMetadata: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ImportModelDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getImportTemplate: {
    parameters: {
      query: {
        /** @description Function ID. */
        modelId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetImportTemplateResDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createOperate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateOperateModelDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  removeOperate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["FunctionModelOperateIdDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  executeOperate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["FunctionModelOperateIdDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  copyOperate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["FunctionModelOperateIdDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listOperate: {
    parameters: {
      query: {
        /** @description Search function name. */
        keywords?: string;
        /** @description Model ID. */
        modelId: string;
        /** @description Associated field ID. */
        fieldId?: string;
        /** @description Whether to return user-created operations, only valid when fieldId is provided. */
        showCreated?: string;
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number of items per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OperateModelDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listOperateAll: {
    parameters: {
      query: {
        /** @description Model ID. */
        modelId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OperateModelDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateOperate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateOperateModelDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getRelationInfo: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GetRelationInfoDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createRowRelation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateRelationValueDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getRelationValue: {
    parameters: {
      query: {
        /** @description Function ID. */
        modelId: string;
        /** @description Field ID. */
        fieldId: string;
        /** @description Row ID. */
        rowId: string;
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number of items per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RelationValueListResDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  removeRelationValue: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RemoveRelationValueDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  exportModel: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ExportMetadataDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  importModel: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ImportMetadataDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getAllMetadata: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GetAllRowDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FunctionModelValueListResDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getRelationDetails: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RelationValueListResDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  relationSearch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RelationSearchDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RelationValueListResDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  copyRowRelation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CopyRowRelationDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RelationValueListResDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getAllMetadataRow: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GetAllRowVyScrollidDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetAllRowByScrollidResDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getMetadataGroupList: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["MetadataGroupDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FunctionModelValueListResDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  capture: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateUEBADto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreateUEBARespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteDevice: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteTerminalUserDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  suspendDevice: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SuspendTerminalUserDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  disableDevice: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateTerminalUserDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  enableDevice: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateTerminalUserDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getDeviceStatus: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["TerminalBaseDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeviceStatusRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listPublicAccounts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ListPublicAccountsRequestDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicAccountPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getPublicAccount: {
    parameters: {
      query: {
        /** @description Public account user ID. */
        userId: string;
        /** @description User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, like `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponds to `externalId` field in GenAuth user information. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
        /** @description Whether to get custom data. */
        withCustomData?: boolean;
        /** @description Whether to obtain the department ID list. */
        withDepartmentIds?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicAccountSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getPublicAccountBatch: {
    parameters: {
      query: {
        /** @description Public account user ID array. Sent as `userIds[]=…` once per item. */
        userIds: string[];
        /** @description User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, like `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponds to `externalId` field in GenAuth user information. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
        /** @description Whether to get custom data. */
        withCustomData?: boolean;
        /** @description Whether to obtain the department ID list. */
        withDepartmentIds?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicAccountListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createPublicAccount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreatePublicAccountReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicAccountSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createPublicAccountsBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreatePublicAccountBatchReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicAccountListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updatePublicAccount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdatePublicAccountReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicAccountSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updatePublicAccountBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdatePublicAccountBatchReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicAccountListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deletePublicAccountsBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeletePublicAccountsBatchDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  kickPublicAccounts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["KickPublicAccountsDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  changeIntoPublicAccount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreatePublicAccountFromUserDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getPublicAccountsOfUser: {
    parameters: {
      query: {
        /** @description User ID. */
        userId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicAccountPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUsersOfPublicAccount: {
    parameters: {
      query: {
        /** @description Public account ID. */
        publicAccountId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicAccountPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  bindUsersPublicAccount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SetPublicAccountBatchReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  setuserOfPublicAccount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SetUserOfPublicAccountBatchReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  unbindUsersPublicAccount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UnbindPublicAccountBatchReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getOrganization: {
    parameters: {
      query: {
        /** @description Organization Code (organizationCode) */
        organizationCode: string;
        /** @description Whether to obtain custom data. */
        withCustomData?: boolean;
        /** @description Whether to obtain department information. */
        withPost?: boolean;
        /** @description Tenant ID. */
        tenantId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OrganizationSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getOrganizationsBatch: {
    parameters: {
      query: {
        /** @description Organization Code (organizationCode) list. Sent as `organizationCodeList[]=…` once per item. */
        organizationCodeList: string[];
        /** @description Whether to obtain custom data. */
        withCustomData?: boolean;
        /** @description Whether to obtain department information. */
        withPost?: boolean;
        /** @description Tenant ID. */
        tenantId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OrganizationListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listOrganizations: {
    parameters: {
      query?: {
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description The number of pages per page cannot exceed 50, and the default is 10. */
        limit?: number;
        /** @description Pull all. */
        fetchAll?: boolean;
        /** @description Whether to obtain custom data. */
        withCustomData?: boolean;
        /** @description Whether to obtain department information. */
        withPost?: boolean;
        /** @description Tenant ID. */
        tenantId?: string;
        /** @description Status of the organization. */
        status?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OrganizationPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createOrganization: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateOrganizationReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OrganizationSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateOrganization: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateOrganizationReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OrganizationSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteOrganization: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteOrganizationReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  searchOrganizations: {
    parameters: {
      query: {
        /** @description Search keywords, such as organization name. */
        keywords: string;
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description The number of pages per page cannot exceed 50, and the default is 10. */
        limit?: number;
        /** @description Whether to obtain custom data. */
        withCustomData?: boolean;
        /** @description Tenant ID. */
        tenantId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OrganizationPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateOrganizationStatus: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateOrganizationStatusReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getDepartment: {
    parameters: {
      query?: {
        /** @description Organization code. */
        organizationCode?: string;
        /** @description Department ID, the root department passes `root`. One of departmentId and departmentCode must be passed. */
        departmentId?: string;
        /** @description Department code. One of departmentId and departmentCode must be passed. */
        departmentCode?: string;
        /** @description The type of department ID used in this call. */
        departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
        /** @description Whether to obtain custom data. */
        withCustomData?: boolean;
        /** @description Whether to flatten the extended field. */
        flatCustomData?: boolean;
        /** @description Tenant ID. */
        tenantId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DepartmentSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getDepartmentAllApp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GetDepartmentByIdReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DepartmentSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createDepartment: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateDepartmentReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DepartmentSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateDepartment: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateDepartmentReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DepartmentSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteDepartment: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteDepartmentReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  searchDepartments: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SearchDepartmentsReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DepartmentListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  searchDepartmentsList: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SearchDepartmentsListReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DepartmentListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listChildrenDepartments: {
    parameters: {
      query: {
        /** @description Organization code. */
        organizationCode: string;
        /** @description Department ID to be obtained. */
        departmentId: string;
        /** @description Department status. */
        status?: boolean;
        /** @description The type of department ID used in this call. */
        departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
        /** @description Whether to exclude virtual organizations. */
        excludeVirtualNode?: boolean;
        /** @description Whether to include only virtual organizations. */
        onlyVirtualNode?: boolean;
        /** @description Whether to obtain custom data. */
        withCustomData?: boolean;
        /** @description Tenant ID. */
        tenantId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DepartmentPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getAllDepartments: {
    parameters: {
      query: {
        /** @description Organization code. */
        organizationCode: string;
        /** @description Department ID, if not filled in, the default is `root` root department ID. */
        departmentId?: string;
        /** @description The type of department ID used in this call. */
        departmentIdType?: "department_id" | "open_department_id";
        /** @description Whether to obtain custom data. */
        withCustomData?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DepartmentPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listDepartmentMembers: {
    parameters: {
      query: {
        /** @description Organization code. */
        organizationCode: string;
        /** @description Department ID, the root department passes `root` */
        departmentId: string;
        /** @description Sort by. */
        sortBy?: "Default" | "JoinDepartmentAt" | "userId" | "createAt" | "updatedAt";
        /** @description In ascending or descending order. */
        orderBy?: "Asc" | "Desc";
        /** @description The type of department ID used in this call. */
        departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
        /** @description Whether to include members of sub-departments. */
        includeChildrenDepartments?: boolean;
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description The number of pages per page cannot exceed 50, and the default is 10. */
        limit?: number;
        /** @description Whether to obtain custom data. */
        withCustomData?: boolean;
        /** @description Whether to obtain identities. */
        withIdentities?: boolean;
        /** @description Whether to obtain the department ID list. */
        withDepartmentIds?: boolean;
        /** @description Tenant ID. */
        tenantId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listDepartmentMemberIds: {
    parameters: {
      query: {
        /** @description Organization code. */
        organizationCode: string;
        /** @description Department ID, the root department passes `root` */
        departmentId: string;
        /** @description The type of department ID used in this call. */
        departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
        /** @description Tenant ID. */
        tenantId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserIdListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  searchDepartmentMembers: {
    parameters: {
      query: {
        /** @description Organization code. */
        organizationCode: string;
        /** @description Department ID, the root department passes `root` */
        departmentId: string;
        /** @description Search keywords, such as member names. */
        keywords: string;
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description The number of pages per page cannot exceed 50, and the default is 10. */
        limit?: number;
        /** @description The type of department ID used in this call. */
        departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
        /** @description Whether to include members of sub-departments. */
        includeChildrenDepartments?: boolean;
        /** @description Whether to obtain custom data. */
        withCustomData?: boolean;
        /** @description Whether to obtain identities. */
        withIdentities?: boolean;
        /** @description Whether to obtain the department ID list. */
        withDepartmentIds?: boolean;
        /** @description Tenant ID. */
        tenantId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  addDepartmentMembers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["AddDepartmentMembersReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  removeDepartmentMembers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RemoveDepartmentMembersReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getParentDepartment: {
    parameters: {
      query: {
        /** @description Organization code. */
        organizationCode: string;
        /** @description Department ID. */
        departmentId: string;
        /** @description The type of department ID used in this call. */
        departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
        /** @description Whether to obtain custom data. */
        withCustomData?: boolean;
        /** @description Tenant ID. */
        tenantId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DepartmentSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  isUserInDepartment: {
    parameters: {
      query: {
        /** @description The user's unique identifier can be user ID, username, email, mobile phone number, externalId, or ID in an external identity source. For details, see the description of the userIdType field. Defaults to user id. */
        userId: string;
        /** @description Organization code. */
        organizationCode: string;
        /** @description Department ID, the root department passes `root`. One of departmentId and departmentCode must be passed. */
        departmentId: string;
        /** @description The type of department ID used in this call. */
        departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
        /** @description Whether to include sub-departments. */
        includeChildrenDepartments?: boolean;
        /** @description Tenant ID. */
        tenantId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsUserInDepartmentRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getDepartmentById: {
    parameters: {
      query: {
        /** @description Department ID. */
        departmentId: string;
        /** @description Tenant ID. */
        tenantId?: string;
        /** @description List of application types. Sent as `appTypeList[]=…` once per item. */
        appTypeList?: string[];
        /** @description Whether to obtain custom data. */
        withCustomData?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DepartmentSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createDepartmentTree: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateDepartmentTreeReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreateDepartmentTreeRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getDepartmentSyncRelations: {
    parameters: {
      query: {
        /** @description Organization code. */
        organizationCode: string;
        /** @description Department ID, the root department passes `root`. One of departmentId and departmentCode must be passed. */
        departmentId?: string;
        /** @description The type of department ID used in this call. */
        departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
        /** @description Whether to obtain custom data. */
        withCustomData?: boolean;
        /** @description Tenant ID. */
        tenantId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SyncRelationListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteDepartmentSyncRelations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteDepartmentSyncRelationReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateNodeStatus: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateDepartmentStatusReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Node"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listUsersLegacy: {
    parameters: {
      query?: {
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** @description Current account status, such as Suspended, Resigned, Activated, Archived. */
        status?: "Suspended" | "Resigned" | "Activated" | "Archived" | "Deactivated";
        /** @description User creation, modification start time, UNIX timestamp accurate to seconds; supports getting incremental data after a certain time. */
        updatedAtStart?: number;
        /** @description User creation, modification end time, UNIX timestamp accurate to seconds; supports getting incremental data within a certain time period. Default is current time. */
        updatedAtEnd?: number;
        /** @description Whether to get custom data. */
        withCustomData?: boolean;
        /** @description Whether to obtain department information. */
        withPost?: boolean;
        /** @description Whether to get identities. */
        withIdentities?: boolean;
        /** @description Whether to obtain the department ID list. */
        withDepartmentIds?: boolean;
        /** @description Whether to get user password expiration time. */
        withUserPasswordExpireTime?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ListUsersRequestDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUser: {
    parameters: {
      query: {
        /** @description User ID. */
        userId: string;
        /** @description User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
        /** @description Whether to flatten custom fields. */
        flatCustomData?: boolean;
        /** @description Whether to get custom data. */
        withCustomData?: boolean;
        /** @description Whether to obtain department information. */
        withPost?: boolean;
        /** @description Whether to get identities. */
        withIdentities?: boolean;
        /** @description Whether to obtain the department ID list. */
        withDepartmentIds?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUserBatch: {
    parameters: {
      query: {
        /** @description User ID array. Sent as `userIds[]=…` once per item. */
        userIds: string[];
        /** @description User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
        /** @description Whether to get custom data. */
        withCustomData?: boolean;
        /** @description Whether to flatten custom fields. */
        flatCustomData?: boolean;
        /** @description Whether to get identities. */
        withIdentities?: boolean;
        /** @description Whether to obtain the department ID list. */
        withDepartmentIds?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  userFieldDecrypt: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UserFieldDecryptReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserFieldDecryptRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateUserReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createUsersBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateUserBatchReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateUserReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateUserBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateUserBatchReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteUsersBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteUsersBatchDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUserIdentities: {
    parameters: {
      query: {
        /** @description User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
        userId: string;
        /** @description User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IdentityListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUserRoles: {
    parameters: {
      query: {
        /** @description User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
        userId: string;
        /** @description User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
        /** @description Permission group (permission space) Code, get default permission group if not passed. */
        namespace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RolePaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUserPrincipalAuthenticationInfo: {
    parameters: {
      query: {
        /** @description User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
        userId: string;
        /** @description User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PrincipalAuthenticationInfoPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  resetUserPrincipalAuthenticationInfo: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ResetUserPrincipalAuthenticationInfoDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUserDepartments: {
    parameters: {
      query: {
        /** @description The user's unique identifier can be user ID, username, email, mobile phone number, externalId, or ID in an external identity source. For details, see the description of the userIdType field. Defaults to user id. */
        userId: string;
        /** @description User ID type, the default value is `user_id`, the optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: user’s mobile phone number; `email`: user email; `username`: username; `external_id`: the user's ID in the external system, corresponding to the `externalId` field of GenAuth user information; `identity`: The user's external identity source information, in the format of `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of the GenAuth identity source, `<userIdInIdp>` is the user's external identity source ID. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: The user's external identity source information in the format of `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user's The ID of the external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description The number of pages per page cannot exceed 50, and the default is 10. */
        limit?: number;
        /** @description Whether to obtain custom data. */
        withCustomData?: boolean;
        /** @description Whether to obtain the department path. */
        withDepartmentPaths?: boolean;
        /** @description Sorting basis, such as department creation time, department joining time, department name, department identifier. */
        sortBy?: "DepartmentCreatedAt" | "JoinDepartmentAt" | "DepartmentName" | "DepartmemtCode";
        /** @description Ascending or descending order. */
        orderBy?: "Asc" | "Desc";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserDepartmentPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  setUserDepartments: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SetUserDepartmentsDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUserGroups: {
    parameters: {
      query: {
        /** @description User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
        userId: string;
        /** @description User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GroupPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUserMfaInfo: {
    parameters: {
      query: {
        /** @description User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
        userId: string;
        /** @description User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserMfaSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listArchivedUsers: {
    parameters: {
      query?: {
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** @description Start time, UNIX timestamp accurate to seconds, default not specified. */
        startAt?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListArchivedUsersSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  kickUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["KickUsersDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  isUserExists: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["IsUserExistsReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsUserExistsRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUserAccessibleApps: {
    parameters: {
      query: {
        /** @description User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
        userId: string;
        /** @description User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AppListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUserAuthorizedApps: {
    parameters: {
      query: {
        /** @description User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
        userId: string;
        /** @description User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AppListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  hasAnyRole: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["HasAnyRoleReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["HasAnyRoleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUserLoginHistory: {
    parameters: {
      query: {
        /** @description User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
        userId: string;
        /** @description User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
        /** @description Application ID. */
        appId?: string;
        /** @description Client IP. */
        clientIp?: string;
        /** @description Start timestamp (milliseconds) */
        start?: number;
        /** @description End timestamp (milliseconds) */
        end?: number;
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserLoginHistoryPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUserLoggedinApps: {
    parameters: {
      query: {
        /** @description User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
        userId: string;
        /** @description User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserLoggedInAppsListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUserLoggedinIdentities: {
    parameters: {
      query: {
        /** @description User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
        userId: string;
        /** @description User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserLoggedInIdentitiesRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  resignUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ResignUserReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ResignUserRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  resignUserBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ResignUserBatchReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ResignUserRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUserAuthorizedResources: {
    parameters: {
      query: {
        /** @description User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
        userId: string;
        /** @description User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
        /** @description Code of permission group (permission space), get default permission group if not provided. */
        namespace?: string;
        /** @description Resource type, such as data, API, menu, button. */
        resourceType?: "DATA" | "API" | "MENU" | "BUTTON" | "UI";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AuthorizedResourcePaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  checkSessionStatus: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CheckSessionStatusDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CheckSessionStatusRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  importOtp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ImportOtpReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getOtpSecretByUser: {
    parameters: {
      query: {
        /** @description User ID. */
        userId: string;
        /** @description User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetOtpSecretRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUserPasswordCiphertext: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GetUserPasswordCiphertextDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetUserPasswordCiphertextRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  linkIdentity: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["LinkIdentityDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LinkIdentityResDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  unlinkIdentity: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UnlinkIdentity"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UnlinkIdentityResDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  setUsersMfaStatus: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SetMfaStatusDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUserMfaStatus: {
    parameters: {
      query: {
        /** @description User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
        userId: string;
        /** @description User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetMapInfoRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUserSyncRelations: {
    parameters: {
      query: {
        /** @description User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
        userId: string;
        /** @description User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SyncRelationListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteUserSyncRelations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteUserSyncRelationReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUserEncryptPasswordBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GetUserEncryptPasswordBatchDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetUserEncryptPasswordBatchRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getPublicAccountRoles: {
    parameters: {
      query: {
        /** @description User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
        userId: string;
        /** @description User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
        /** @description Code of permission group (permission space), get default permission group if not provided. */
        namespace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicAccountPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getPublicAccountsOfRole: {
    parameters: {
      query: {
        /** @description Role ID. */
        roleId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicAccountPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  bindPublicAccountOfRoles: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SetUserRolesDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getPublicAccountsOfGroup: {
    parameters: {
      query: {
        /** @description Group ID. */
        groupId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicAccountPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getGroupsOfPublicAccount: {
    parameters: {
      query: {
        /** @description User's unique identifier, can be user ID, username, email, phone number, external ID, ID in external identity source. */
        userId: string;
        /** @description User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GroupPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getPublicAccountOfGroups: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SetUserGroupsDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getPublicAccountsOfDepartment: {
    parameters: {
      query: {
        /** @description Department ID. */
        departmentId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicAccountPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getPublicAccountDepartments: {
    parameters: {
      query: {
        /** @description The user's unique identifier can be user ID, username, email, mobile phone number, externalId, or ID in an external identity source. For details, see the description of the userIdType field. Defaults to user id. */
        userId: string;
        /** @description User ID type, the default value is `user_id`, the optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: user’s mobile phone number; `email`: user email; `username`: username; `external_id`: the user's ID in the external system, corresponding to the `externalId` field of GenAuth user information; `identity`: The user's external identity source information, in the format of `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of the GenAuth identity source, `<userIdInIdp>` is the user's external identity source ID. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: The user's external identity source information in the format of `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user's The ID of the external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description The number of pages per page cannot exceed 50, and the default is 10. */
        limit?: number;
        /** @description Whether to obtain custom data. */
        withCustomData?: boolean;
        /** @description Whether to obtain the department path. */
        withDepartmentPaths?: boolean;
        /** @description Sorting basis, such as department creation time, department joining time, department name, department identifier. */
        sortBy?: "DepartmentCreatedAt" | "JoinDepartmentAt" | "DepartmentName" | "DepartmemtCode";
        /** @description Ascending or descending order. */
        orderBy?: "Asc" | "Desc";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserDepartmentPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  setPublicAccountOfDepartments: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SetUserDepartmentsDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  resignPublicAccountBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ResignUserBatchReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ResignUserRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getPostOfPublicUser: {
    parameters: {
      query: {
        /** @description User id. */
        userId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreatePostDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getPublicAccountsOfPost: {
    parameters: {
      query: {
        /** @description Position ID. */
        postId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicAccountPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  setPublicAccountOfnPost: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UserConnectionPostDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  unbindPublicAccountOfPost: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UserConnectionPostDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getSyncTask: {
    parameters: {
      query: {
        /** @description Sync task ID. */
        syncTaskId: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SyncTaskSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listSyncTasks: {
    parameters: {
      query?: {
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description The number of pages per page cannot exceed 50, and the default is 10. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SyncTaskPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createSyncTask: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateSyncTaskDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SyncTaskPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateSyncTask: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateSyncTaskDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SyncTaskPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  triggerSyncTask: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["TriggerSyncTaskDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TriggerSyncTaskRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getSyncJob: {
    parameters: {
      query: {
        /** @description Sync job ID. */
        syncJobId: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SyncJobSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listSyncJobs: {
    parameters: {
      query: {
        /** @description Sync task ID. */
        syncTaskId: number;
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description The number of pages per page cannot exceed 50, and the default is 10. */
        limit?: number;
        /** @description Synchronization task trigger type: `manually`: trigger execution manually; `timed`: timed trigger; `automatic`: automatically triggered based on events. */
        syncTrigger?: "manually" | "timed" | "automatic";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SyncJobPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listSyncJobLogs: {
    parameters: {
      query: {
        /** @description Sync job ID. */
        syncJobId: number;
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description The number of pages per page cannot exceed 50, and the default is 10. */
        limit?: number;
        /** @description Filter based on whether the operation is successful. */
        success?: boolean;
        /** @description Filter by operation type: `CreateUser`: Create user; `UpdateUser`: Modify user information; `DeleteUser`: delete user; `UpdateUserIdentifier`: Modify the user's unique identifier; `ChangeUserDepartment`: Modify user department; `CreateDepartment`: Create a department; `UpdateDepartment`: Modify department information; `DeleteDepartment`: delete department; `MoveDepartment`: Move department; `UpdateDepartmentLeader`: synchronization department leader; `CreateGroup`: Create a group; `UpdateGroup`: Modify group; `DeleteGroup`: delete group; `Updateless`: no updates. */
        action?:
          | "CreateUser"
          | "UpdateUser"
          | "DeleteUser"
          | "UpdateUserIdentifier"
          | "ChangeUserDepartment"
          | "CreateDepartment"
          | "UpdateDepartment"
          | "DeleteDepartment"
          | "MoveDepartment"
          | "UpdateDepartmentLeader"
          | "CreateGroup"
          | "UpdateGroup"
          | "DeleteGroup"
          | "Updateless";
        /** @description Operation object type: `department`: department; `user`: user. */
        objectType?: "DEPARTMENT" | "USER";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TriggerSyncTaskRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listSyncRiskOperations: {
    parameters: {
      query: {
        /** @description Sync task ID. */
        syncTaskId: number;
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description The number of pages per page cannot exceed 50, and the default is 10. */
        limit?: number;
        /** @description Filter based on execution status. Sent as `status[]=…` once per item. */
        status?: ("PENDING" | "SUCCESS" | "FAILED" | "CANCELED" | "EXECUTING")[];
        /** @description According to the operation object type, all types of records are obtained by default: `department`: department; `user`: user. Sent as `objectType[]=…` once per item. */
        objectType?: ("DEPARTMENT" | "USER")[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SyncRiskOperationPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  triggerSyncRiskOperations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["TriggerSyncRiskOperationDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TriggerSyncRiskOperationsRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  cancelSyncRiskOperation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CancelSyncRiskOperationDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CancelSyncRiskOperationsRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUniversalInvitation: {
    parameters: {
      query?: {
        /** @description Whether to obtain detailed information of the selected department. */
        withDepartmentDetail?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetUniversalInvitationRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateUniversalInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateUniversalInvitationDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetUniversalInvitationRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  generateUniversalInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GenerateInvitationLinkRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  filter: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PaginationUniversalInvitationApplicantQueryDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PaginationUniversalInvitationApplicantRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  approval: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ApprovalUniversalInvitationApplicantDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  reject: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ApprovalUniversalInvitationApplicantDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listInvitationPolicies: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PaginationInvitationPolicyQueryDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PaginationInvitationPolicyRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createInvitationPolicy: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateInvitationPolicyDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetInvitationPolicyRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getPolicyDetailById: {
    parameters: {
      query: {
        /** @description Policy ID. */
        policyId: string;
        /** @description Roster ID, get associated policy details based on roster ID, when sending invitations in roster, a snapshot will be generated for the policy, if you need to get the corresponding policy configuration at the time of sending after sending invitations in roster, you should carry this parameter. */
        rosterId?: string;
        /** @description Whether to return creator details. */
        withCreatorDetail?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetInvitationPolicyRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  copyInvitationPolicyById: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CopyInvitationPolicyDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetInvitationPolicyRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateInvitationPolicy: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateInvitationPolicyDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetInvitationPolicyRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listRegisterExtendsFields: {
    parameters: {
      query: {
        /** @description Policy ID. */
        policyId: string;
        /** @description Roster ID, get associated policy details based on roster ID, when sending invitations in roster, a snapshot will be generated for the policy, if you need to get the corresponding policy configuration at the time of sending after sending invitations in roster, you should carry this parameter. */
        rosterId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetExtendsFieldsRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateRegisterExtendsFields: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PolicyExtendsFieldsDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetExtendsFieldsRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  batchDeleteInvitationPolicies: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteInvitationPolicyByIdsDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getPolicyUserAttributionDetail: {
    parameters: {
      query: {
        /** @description Attribution association record ID. */
        id: string;
        /** @description Whether to return associated object details. */
        withTargetDetail?: boolean;
        /** @description When the associated object is a department, whether to return other detailed information of the department, including namePath, codePath, idPath. */
        withDepartmentExtInfo?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserAttributionSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listPolicyUserAttributionDetail: {
    parameters: {
      query: {
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** @description Policy ID. */
        policyId: string;
        /** @description Whether to return associated object details. */
        withTargetDetail?: boolean;
        /** @description When the associated object is a department, whether to return other detailed information of the department, including namePath, codePath, idPath. */
        withDepartmentExtInfo?: boolean;
        /** @description Associated object type. */
        targetType: "department" | "post" | "role" | "group";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserAttributionPaginationRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  addPolicyUserAttribution: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["AddInvitationPolicyUserAttributionDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserAttributionSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  addPolicyUserAttributionsBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["AddInvitationPolicyUserAttributionsBatchDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  setUserAttributionMainDepartment: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SetInvitationPolicyUserAttributionMainDepartmentDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  removeUserAttributionMainDepartment: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RemoveInvitationPolicyUserAttributionMainDepartmentDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUserAttributionMainDepartment: {
    parameters: {
      query: {
        /** @description Policy ID. */
        policyId: string;
        /** @description Whether to return to the main department details. */
        withDepartmentDetail?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserAttributionMainDepartmentRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  removePolicyUserAttribution: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RemoveInvitationPolicyUserAttributionDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  removePolicyUserAttributionsBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RemoveInvitationPolicyUserAttributionsBatchDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getInviteEmailTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["EmailTemplateQueryDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetEmailTemplateRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateInviteEmailTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateEmailTemplateDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetEmailTemplateRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listInvitationRoster: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ListInvitationRosterDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InvitationRosterPaginationRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listInvitationRostersByPolicyId: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ListInvitationRosterByPolicyIdDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InvitationRosterPaginationRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listInvitationRostersByNonPolicyId: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ListInvitationRosterDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InvitationRosterPaginationRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getInvitationRoster: {
    parameters: {
      query: {
        /** @description Roster ID. */
        rosterId: string;
        /** @description Whether to return creator details. */
        withCreatorDetail?: boolean;
        /** @description Whether to return number of users associated with roster, optional. */
        withUserCount?: boolean;
        /** @description Whether to return policy associated with roster, optional. */
        withAssignedPolicy?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InvitationRosterSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createInvitationRoster: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateInvitationRosterDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InvitationRosterSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  batchBindPolicy: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["BatchBindPolicy"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  batchUnbindPolicy: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["BatchUnbindPolicy"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateInvitationRoster: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateInvitationRosterDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InvitationRosterSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteInvitationRoster: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteInvitationRosterDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteInvitationRosterBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteInvitationRosterBatchDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  sendRosterInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SendRosterInvitationDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  sendRosterInvitationBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SendRosterInvitationBatchDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  revertRosterInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RevertRosterInvitationDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  revertRosterInvitationBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RevertRosterInvitationBatchDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  quickFilterInviteeList: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["QuickFilterInvitationUserDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["QuickFilterInviteePaginationRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  filterUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ListInvitationUserDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InvitationUserPaginationRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteInvitees: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteRosterUsersDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  importTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetImportExportTemplateRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  upload: {
    parameters: {
      query: {
        /** @description The `_private` argument of the official method. */
        private: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetImportExportTemplateRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  importUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ImportUsersDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetImportInviteeRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  exportUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ExportUsersDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetImportExportTemplateRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getGroup: {
    parameters: {
      query: {
        /** @description Group code. */
        code: string;
        /** @description Whether to get custom data. */
        withCustomData?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GroupSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listGroups: {
    parameters: {
      query?: {
        /** @description Search group code or group name. */
        keywords?: string;
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** @description Whether to show metadata content. */
        withMetadata?: boolean;
        /** @description Whether to get custom data. */
        withCustomData?: boolean;
        /** @description Whether to flatten extended fields. */
        flatCustomData?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GroupPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getAllGroups: {
    parameters: {
      query?: {
        /** @description Whether to get member list. */
        fetchMembers?: boolean;
        /** @description Whether to get custom data. */
        withCustomData?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GroupListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createGroup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateGroupReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GroupSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createOrUpdateGroup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateOrUpdateGroupReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreateOrUpdateGroupRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createGroupsBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateGroupBatchReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GroupListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateGroup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateGroupReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GroupSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteGroupsBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteGroupsReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  addGroupMembers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["AddGroupMembersReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  removeGroupMembers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RemoveGroupMembersReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listGroupMembers: {
    parameters: {
      query: {
        /** @description Group code. */
        code: string;
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** @description Whether to get custom data. */
        withCustomData?: boolean;
        /** @description Whether to get identities. */
        withIdentities?: boolean;
        /** @description Whether to obtain the department ID list. */
        withDepartmentIds?: boolean;
        /** @description Whether to flatten extended fields. */
        flatCustomData?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getGroupAuthorizedResources: {
    parameters: {
      query: {
        /** @description Group code. */
        code: string;
        /** @description Code of permission group (permission space), get default permission group if not provided. */
        namespace?: string;
        /** @description Resource type. */
        resourceType?: "DATA" | "API" | "MENU" | "BUTTON" | "UI";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AuthorizedResourceListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getRole: {
    parameters: {
      query: {
        /** @description Unique identifier of role within permission group. */
        code: string;
        /** @description Code of permission group (permission space), get default permission group if not provided. */
        namespace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RoleSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  assignRole: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["AssignRoleDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  assignRoleBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["AssignRoleBatchDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  revokeRole: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RevokeRoleDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  revokeRoleBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RevokeRoleBatchDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getRoleAuthorizedResources: {
    parameters: {
      query: {
        /** @description Unique identifier of role within permission group. */
        code: string;
        /** @description Code of permission group. */
        namespace?: string;
        /** @description Resource type, such as data, API, button, menu. */
        resourceType?: "DATA" | "API" | "MENU" | "BUTTON" | "UI";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RoleAuthorizedResourcePaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listRoleMembers: {
    parameters: {
      query: {
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** @description Whether to get custom data. */
        withCustomData?: boolean;
        /** @description Whether to get identities. */
        withIdentities?: boolean;
        /** @description Whether to obtain the department ID list. */
        withDepartmentIds?: boolean;
        /** @description Unique identifier of role within permission group. */
        code: string;
        /** @description Code of permission group. */
        namespace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listRoleDepartments: {
    parameters: {
      query: {
        /** @description The unique identifier of the role within the permission group. */
        code: string;
        /** @description The code of the permission group it belongs to. */
        namespace?: string;
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description The number of pages per page cannot exceed 50, and the default is 10. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RoleDepartmentListPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createRole: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateRoleDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RoleSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listRoles: {
    parameters: {
      query?: {
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** @description Used for fuzzy search by role code or name, optional. */
        keywords?: string;
        /** @description Code of permission group (permission space), get default permission group if not provided. */
        namespace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RolePaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteRolesBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteRoleDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createRolesBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateRolesBatch"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateRole: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateRoleDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteRoles: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteRoleBatchDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  checkParamsNamespace: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CheckRoleParamsDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RoleCheckParamsRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listRoleAssignments: {
    parameters: {
      query: {
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** @description Search by role code or role name. */
        query?: string;
        /** @description Role code, can only use letters, numbers and -_, maximum 50 characters. */
        roleCode: string;
        /** @description Permission space code. */
        namespaceCode?: string;
        /** @description Target type, accepts user. Sent as `targetType[]=…` once per item. */
        targetType?: ("USER" | "ORG")[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RoleListPageRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createAdminRole: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateAdminRoleDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RoleCheckParamsRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteAdminRolesBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteAdminRoleDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  checkMutualExclusion: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CheckRoleMutualExclusionReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CheckRoleMutualExclusionRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listExtIdp: {
    parameters: {
      query?: {
        /** @description Tenant ID. */
        tenantId?: string;
        /** @description Application ID. */
        appId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ExtIdpListPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getExtIdp: {
    parameters: {
      query: {
        /** @description Tenant ID. */
        tenantId?: string;
        /** @description Application ID. */
        appId?: string;
        /** @description Identity source ID. */
        id: string;
        /** @description Identity source type. */
        type?: "social" | "enterprise";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ExtIdpDetailSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createExtIdp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateExtIdpDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ExtIdpSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateExtIdp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateExtIdpDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ExtIdpSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteExtIdp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteExtIdpDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createExtIdpConn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateExtIdpConnDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ExtIdpConnDetailSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateExtIdpConn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateExtIdpConnDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ExtIdpConnDetailSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteExtIdpConn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteExtIdpConnDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  changeExtIdpConnState: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ChangeExtIdpConnStateDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  changeExtIdpConnAssociationState: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ChangeExtIdpAssociationStateDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listTenantExtIdp: {
    parameters: {
      query?: {
        /** @description Tenant ID. */
        tenantId?: string;
        /** @description Application ID. */
        appId?: string;
        /** @description Identity source type. */
        type?: "social" | "enterprise";
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description The number of pages per page cannot exceed 50, and the default is 10. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ExtIdpListPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  extIdpConnStateByApps: {
    parameters: {
      query: {
        /** @description Tenant ID. */
        tenantId?: string;
        /** @description Application ID. */
        appId?: string;
        /** @description Identity source ID. */
        id: string;
        /** @description Identity source type. */
        type?: "social" | "enterprise";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ExtIdpListPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getWechatMpAccessTokenInfo: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GetWechatAccessTokenDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetWechatAccessTokenInfoRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUserBaseFields: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CustomFieldListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listUserBaseFields: {
    parameters: {
      query: {
        /** @description Tenant ID. */
        tenantId?: string;
        /** @description Target object type: `USER`: User; `ROLE`: Role; `GROUP`: Group ;This interface does not support group(GROUP) yet. */
        targetType: "USER" | "ROLE" | "GROUP" | "DEPARTMENT";
        /** @description Field type. */
        dataType: "STRING" | "NUMBER" | "DATETIME" | "BOOLEAN" | "OBJECT" | "SELECT";
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** @description User visible. */
        userVisible?: boolean;
        /** @description Admin visible. */
        adminVisible?: boolean;
        /** @description Access control. */
        accessControl?: boolean;
        /** @description Search keyword. */
        keyword?: string;
        /** @description Search language. */
        lang?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListCistomFieldsResDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  setUserBaseFields: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SetUserBaseFieldsReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CustomFieldListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getCustomFields: {
    parameters: {
      query: {
        /** @description Target object type: `USER`: User; `ROLE`: Role; `GROUP`: Group ;This interface does not support group(GROUP) yet. */
        targetType: "USER" | "ROLE" | "GROUP" | "DEPARTMENT";
        /** @description Tenant ID. */
        tenantId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CustomFieldListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listCustFields: {
    parameters: {
      query: {
        /** @description Tenant ID. */
        tenantId?: string;
        /** @description Target object type: `USER`: User; `ROLE`: Role; `GROUP`: Group ;This interface does not support group(GROUP) yet. */
        targetType: "USER" | "ROLE" | "GROUP" | "DEPARTMENT";
        /** @description Field type. */
        dataType: "STRING" | "NUMBER" | "DATETIME" | "BOOLEAN" | "OBJECT" | "SELECT";
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** @description User visible. */
        userVisible?: boolean;
        /** @description Admin visible. */
        adminVisible?: boolean;
        /** @description Access control. */
        accessControl?: boolean;
        /** @description Search keyword. */
        keyword?: string;
        /** @description Search language. */
        lang?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListCistomFieldsResDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  setCustomFields: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SetCustomFieldsReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CustomFieldListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteCustomFields: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteCustomFieldsReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  setCustomData: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SetCustomDataReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getCustomData: {
    parameters: {
      query: {
        /** @description Tenant ID. */
        tenantId: string;
        /** @description Target object type: `USER`: User; `ROLE`: Role; `GROUP`: Group. */
        targetType: "USER" | "ROLE" | "GROUP" | "DEPARTMENT";
        /** @description Unique identifier of target object: For user, it's user ID, like `6343b98b7cfxxx9366e9b7c`; For role, it's role code, like `admin`; For group, it's group code, like `developer` */
        targetIdentifier: string;
        /** @description Code of permission group, required when targetType is role, otherwise can be ignored. */
        namespace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetCustomDataRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createResource: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateResourceDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ResourceRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createResourcesBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateResourcesBatchDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getResource: {
    parameters: {
      query: {
        /** @description Resource unique identifier. */
        code: string;
        /** @description Code of permission group (permission space), get default permission group if not provided. */
        namespace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ResourceRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getResourcesBatch: {
    parameters: {
      query: {
        /** @description Code of permission group (permission space), get default permission group if not provided. */
        namespace?: string;
        /** @description Resource code list, can use comma to separate for batch. Sent as `codeList[]=…` once per item. */
        codeList: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ResourceListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listCommonResource: {
    parameters: {
      query?: {
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** @description Query condition. */
        keyword?: string;
        /** @description Permission space list. */
        namespaceCodeList?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResourcePaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listResources: {
    parameters: {
      query?: {
        /** @description Code of permission group (permission space), get default permission group if not provided. */
        namespace?: string;
        /** @description Resource type. */
        type?: "DATA" | "API" | "MENU" | "BUTTON" | "UI";
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ResourcePaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateResource: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateResourceDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ResourceRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteResource: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteResourceDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteResourcesBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteResourcesBatchDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  batchDeleteCommonResource: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteCommonResourcesBatchDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  associateTenantResource: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["AssociateTenantResourceDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createNamespace: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateNamespaceDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NamespaceRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createNamespacesBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateNamespacesBatchDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getNamespace: {
    parameters: {
      query: {
        /** @description Permission group unique identifier. */
        code: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NamespaceRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getNamespacesBatch: {
    parameters: {
      query: {
        /** @description Permission group code list, can use comma to separate for batch. Sent as `codeList[]=…` once per item. */
        codeList: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NamespaceListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateNamespace: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateNamespaceDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UpdateNamespaceRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteNamespace: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteNamespaceDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteNamespacesBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteNamespacesBatchDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listNamespaces: {
    parameters: {
      query?: {
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** @description Search permission group Code. */
        keywords?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NamespaceListPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listNamespaceRoles: {
    parameters: {
      query: {
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** @description Permission group unique identifier. */
        code: string;
        /** @description Role Code or name. */
        keywords?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NamespaceRolesListPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  authorizeResources: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["AuthorizeResourcesDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getAuthorizedResources: {
    parameters: {
      query: {
        /** @description Target object type: `USER`: User; `ROLE`: Role; `GROUP`: Group. */
        targetType: "USER" | "ROLE" | "GROUP" | "DEPARTMENT";
        /** @description Target object unique identifier: For user, it's user ID, like `6343b98b7cfxxx9366e9b7c`; For role, it's role code, like `admin`; For group, it's group code, like `developer` */
        targetIdentifier: string;
        /** @description Code of permission group (permission space), get default permission group if not provided. */
        namespace?: string;
        /** @description Limit resource type, like data, API, button, menu. */
        resourceType?: "DATA" | "API" | "MENU" | "BUTTON" | "UI";
        /** @description Limit query resource list, if specified, will only return specified resource list. resourceList parameter supports prefix matching, for example: If authorized a resource as `books:123`, can match with `books:*`;; If authorized a resource as `books:fictions_123`, can match with `books:fictions_`;. Sent as `resourceList[]=…` once per item. */
        resourceList?: string[];
        /** @description Whether to get denied resources. */
        withDenied?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AuthorizedResourcePaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  isActionAllowed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["IsActionAllowedDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsActionAllowedRespDtp"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getResourceAuthorizedTargets: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GetResourceAuthorizedTargetsDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetResourceAuthorizedTargetRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUserActionLogs: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GetUserActionLogsDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserActionLogRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getAdminAuditLogs: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GetAdminAuditLogsDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AdminAuditLogRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getEmailTemplates: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetEmailTemplatesRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateEmailTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateEmailTemplateDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["EmailTemplateSingleItemRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  previewEmailTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PreviewEmailTemplateDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PreviewEmailTemplateRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getEmailProvider: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["EmailProviderRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  configEmailProvider: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ConfigEmailProviderDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["EmailProviderRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getApplication: {
    parameters: {
      query: {
        /** @description Application ID. */
        appId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApplicationSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  detailAuthSubject: {
    parameters: {
      query: {
        /** @description Subject ID. */
        targetId: string;
        /** @description Subject type. */
        targetType: "USER" | "ROLE" | "GROUP" | "ORG" | "AK_SK";
        /** @description Application ID. */
        appId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetSubjectAuthRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listAuthSubject: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ListAuthSubjectDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListApplicationSubjectRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listAuthApplication: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ListApplicationAuthDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListApplicationAuthPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  enabledAuth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateAuthEnabledDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteAuth: {
    parameters: {
      query: {
        /** @description The `authIds` argument of the official method. Sent as `authIds[]=…` once per item. */
        authIds: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listApplications: {
    parameters: {
      query?: {
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** @description Whether it is an integrated application. */
        isIntegrateApp?: boolean;
        /** @description Whether it is a self-built application. */
        isSelfBuiltApp?: boolean;
        /** @description Whether single sign-on is enabled. */
        ssoEnabled?: boolean;
        /** @description Fuzzy search string. */
        keywords?: string;
        /** @description Search applications, true: search all applications, default is false. */
        all?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApplicationPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getApplicationSimpleInfo: {
    parameters: {
      query: {
        /** @description Application ID. */
        appId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApplicationSimpleInfoSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listApplicationSimpleInfo: {
    parameters: {
      query?: {
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** @description Whether it is an integrated application. */
        isIntegrateApp?: boolean;
        /** @description Whether it is a self-built application. */
        isSelfBuiltApp?: boolean;
        /** @description Whether single sign-on is enabled. */
        ssoEnabled?: boolean;
        /** @description Fuzzy search string. */
        keywords?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApplicationSimpleInfoPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createApplication: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateApplicationDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreateApplicationRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateApplication: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateApplicationDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteApplication: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteApplicationDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getApplicationSecret: {
    parameters: {
      query: {
        /** @description Application ID. */
        appId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetApplicationSecretRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  refreshApplicationSecret: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RefreshApplicationSecretDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RefreshApplicationSecretRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listApplicationActiveUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ListApplicationActiveUsersDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getApplicationPermissionStrategy: {
    parameters: {
      query: {
        /** @description Application ID. */
        appId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetApplicationPermissionStrategyRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateApplicationPermissionStrategy: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateApplicationPermissionStrategyDataDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  authorizeApplicationAccess: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["AuthorizeApplicationAccessDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  revokeApplicationAccess: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RevokeApplicationAccessDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  checkDomainAvailable: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CheckDomainAvailable"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CheckDomainAvailableSecretRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listTenantApplications: {
    parameters: {
      query: {
        /** @description Get the page number of the application list. */
        page: string;
        /** @description Number of applications obtained per page. */
        limit: string;
        /** @description Search keywords. */
        keywords: string;
        /** @description Whether the application includes single sign-on. */
        sso_enabled: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TenantApplicationListPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateLoginPageConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateLoginConfigDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  userpollTenantConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserPoolTenantConfigDtoRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateUserPoolTenantConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateUserPoolTenantLoginConfigDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateTenantQrCodeState: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateTenantAppqrcodeState"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  changeUserpoolTenanExtIdpConnState: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ChangeUserPoolTenantExtIdpConnDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateApplicationMfaSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateApplicationMfaSettingsDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MFASettingsRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getMfaTriggerData: {
    parameters: {
      query: {
        /** @description Application ID. */
        appId: string;
        /** @description User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
        userId: string;
        /** @description User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetMapInfoRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createAsaAccount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateAsaAccountDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AsaAccountSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createAsaAccountBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateAsaAccountsBatchDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateAsaAccount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateAsaAccountDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AsaAccountSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listAsaAccount: {
    parameters: {
      query: {
        /** @description Application ID. */
        appId: string;
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AsaAccountPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getAsaAccount: {
    parameters: {
      query: {
        /** @description Application ID. */
        appId: string;
        /** @description ASA account ID. */
        accountId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AsaAccountSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getAsaAccountBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GetAsaAccountBatchDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AsaAccountListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteAsaAccount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteAsaAccountDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteAsaAccountBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteAsaAccountBatchDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  assignAsaAccount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["AssignAsaAccountsDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  unassignAsaAccount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["AssignAsaAccountsDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getAsaAccountAssignedTargets: {
    parameters: {
      query: {
        /** @description Application ID. */
        appId: string;
        /** @description ASA account ID. */
        accountId: string;
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetAsaAccountAssignedTargetRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getAssignedAccount: {
    parameters: {
      query: {
        /** @description Application ID. */
        appId: string;
        /** @description Target object type: `USER`: User; `ROLE`: Role; `GROUP`: Group. */
        targetType: "USER" | "ROLE" | "GROUP" | "DEPARTMENT";
        /** @description Target object unique identifier: For user, it's user ID, like `6343b98b7cfxxx9366e9b7c`; For role, it's role code, like `admin`; For group, it's group code, like `developer` */
        targetIdentifier: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AsaAccountSingleNullableRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getSecuritySettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SecuritySettingsRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateSecuritySettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateSecuritySettingsDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SecuritySettingsRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getGlobalMfaSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MFASettingsRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateGlobalMfaSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["MFASettingsDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MFASettingsRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  closeGlobalMfaSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["MFADisableSettingsDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MFASettingsRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createTenant: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateTenantDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreateTenantRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateTenant: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateTenantDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteTenant: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteTenantDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listTenants: {
    parameters: {
      query?: {
        /** @description Search keywords. */
        keywords?: string;
        /** @description Whether to add returned tenant member statistics. */
        withMembersCount?: boolean;
        /** @description Added simple information returned to the app under the tenant. */
        withAppDetail?: boolean;
        /** @description Added the ability to return simple information about the creator under the tenant. */
        withCreatorDetail?: boolean;
        /** @description Add simple information returned to the source app under the tenant. */
        withSourceAppDetail?: boolean;
        /** @description Page number. */
        page?: string;
        /** @description Amount of data obtained per page. */
        limit?: string;
        /** @description Tenant source. */
        source?: {
          [key: string]: unknown;
        };
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TenantListPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getTenantLittleInfo: {
    parameters: {
      query: {
        /** @description Tenant ID. */
        tenantId: string;
        /** @description Whether to add returned tenant member statistics. */
        withMembersCount?: boolean;
        /** @description Added the ability to return simple information about tenant associated applications. */
        withAppDetail?: boolean;
        /** @description Added the ability to return simple information about the creator under the tenant. */
        withCreatorDetail?: boolean;
        /** @description Added simple information returned to tenant source application. */
        withSourceAppDetail?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TenantSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getTenant: {
    parameters: {
      query: {
        /** @description Tenant ID. */
        tenantId: string;
        /** @description Whether to add returned tenant member statistics. */
        withMembersCount?: boolean;
        /** @description Added the ability to return simple information about tenant associated applications. */
        withAppDetail?: boolean;
        /** @description Added the ability to return simple information about the creator under the tenant. */
        withCreatorDetail?: boolean;
        /** @description Added simple information returned to tenant source application. */
        withSourceAppDetail?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TenantSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  importTenant: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ImportTenantDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ImportTenantRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  importTenantHistory: {
    parameters: {
      query?: {
        /** @description Page number. */
        page?: string;
        /** @description Amount of data obtained per page. */
        limit?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ImportTenantHistoryRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  importTenantNotifyUser: {
    parameters: {
      query: {
        /** @description Import record id. */
        importId: string;
        /** @description Page number. */
        page?: string;
        /** @description Amount of data obtained per page. */
        limit?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ImportTenantNotifyUserRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  sendEmailBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SendManyTenantEmailDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SendEmailBatchDataDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  sendSmsBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SendManyTenantSmsDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SendSmsBatchRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listTenantAdmin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ListTenantAdminDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TenantUserListPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  setTenantAdmin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RemoveTenantUsersDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteTenantAdmin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GetTenantUserDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteTenantUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RemoveTenantUsersDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  generateInviteTenantUserLink: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GenerateInviteTenantUserLink"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InviteTenantUsersRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listInviteTennatUserRecords: {
    parameters: {
      query: {
        /** @description Search keywords. */
        keywords: string;
        /** @description Page number. */
        page: string;
        /** @description Amount of data obtained per page. */
        limit: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InviteTenantUserRecordListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listMultipleTenantAdmin: {
    parameters: {
      query?: {
        /** @description Search keywords. */
        keywords?: string;
        /** @description Page number. */
        page?: string;
        /** @description Amount of data obtained per page. */
        limit?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MultipleTenantAdminPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createMultipleTenantAdmin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateMultipleTenantAdminDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getMultipleTenantAdmin: {
    parameters: {
      query: {
        /** @description User ID. */
        userId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MultipleTenantAdminPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listTenantCooperators: {
    parameters: {
      query?: {
        /** @description Search keywords. */
        keywords?: string;
        /** @description Whether it is external. */
        external?: boolean;
        /** @description Page number. */
        page?: string;
        /** @description Amount of data obtained per page. */
        limit?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TenantCooperatorPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getTenantCooperator: {
    parameters: {
      query: {
        /** @description User ID. */
        userId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TenantCooperatorSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getTenantCooperatorMenu: {
    parameters: {
      query: {
        /** @description User ID. */
        userId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TenantCooperatorSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createTenantCooperator: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateTenantCooperatorDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getTenantByCode: {
    parameters: {
      query: {
        /** @description Tenant Code. */
        code: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TenantSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createTenantEnterpriseCertification: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateTenantEnterpriseCertificationBodyDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateTenantEnterpriseCertification: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateTenantEnterpriseCertificationBodyDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  reviewTenantEnterpriseCertification: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ReviewTenantEnterpriseCertificationBodyDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getTenantEnterpriseCertification: {
    parameters: {
      query: {
        /** @description The `tenantId` argument of the official method. */
        tenant_id: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TenantEnterpriseCertificationRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  sendInviteTenantUserEmail: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SendInviteTenantUserEmailDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  addTenantUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["AddTenantUsersDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  removeTenantUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RemoveTenantUsersDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateTenantUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateTenantUserDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createTenantUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateTenantUserReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TenantUserRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listTenantUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ListTenantUserDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TenantUserListPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getTenantUser: {
    parameters: {
      query: {
        /** @description Tenant ID. */
        tenantId: string;
        /** @description User ID at the associated user pool level. */
        linkUserId?: string;
        /** @description Tenant member ID. */
        memberId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TenantUserSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  addTenantDepartmentMembers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["AddTenantDepartmentMembersReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  removeTenantDepartmentMembers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RemoveTenantDepartmentMembersReqDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createPermissionNamespace: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreatePermissionNamespaceDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreatePermissionNamespaceResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createPermissionNamespacesBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreatePermissionNamespacesBatchDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getPermissionNamespace: {
    parameters: {
      query: {
        /** @description Permission namespace Code. */
        code: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetPermissionNamespaceResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getPermissionNamespacesBatch: {
    parameters: {
      query: {
        /** @description Permission namespace code list, can use comma to separate for batch. Sent as `codes[]=…` once per item. */
        codes: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetPermissionNamespaceListResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listPermissionNamespaces: {
    parameters: {
      query?: {
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** @description Permission namespace name. */
        query?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PermissionNamespaceListPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updatePermissionNamespace: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdatePermissionNamespaceDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UpdatePermissionNamespaceResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deletePermissionNamespace: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeletePermissionNamespaceDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deletePermissionNamespacesBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeletePermissionNamespacesBatchDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  checkPermissionNamespaceExists: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CheckPermissionNamespaceExistsDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PermissionNamespaceCheckExistsRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listPermissionNamespaceRoles: {
    parameters: {
      query: {
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** @description Permission group unique identifier Code. */
        code: string;
        /** @description Role Code or name. */
        query?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PermissionNamespaceRolesListPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createDataResource: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateDataResourceDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreateDataResourceResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createDataResourceByString: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateStringDataResourceDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreateStringDataResourceResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createDataResourceByArray: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateArrayDataResourceDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreateArrayDataResourceResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createDataResourceByTree: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateTreeDataResourceDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreateTreeDataResourceResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listDataResources: {
    parameters: {
      query?: {
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** @description Keyword search, can be data resource name or data resource Code. */
        query?: string;
        /** @description Permission data belonging to permission namespace Code list. Sent as `namespaceCodes[]=…` once per item. */
        namespaceCodes?: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListDataResourcesPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getDataResource: {
    parameters: {
      query: {
        /** @description Permission space Code that the data resource belongs to. */
        namespaceCode: string;
        /** @description Data resource Code, unique within permission space. */
        resourceCode: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetDataResourceResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateDataResource: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateDataResourceDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UpdateDataResourceResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteDataResource: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteDataResourceDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  checkDataResourceExists: {
    parameters: {
      query: {
        /** @description Permission space Code that the data resource belongs to. */
        namespaceCode: string;
        /** @description Data resource name, unique within permission space. */
        resourceName?: string;
        /** @description Data resource Code, unique within permission space. */
        resourceCode?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CheckParamsDataResourceResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createDnef: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateDnefReq"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  batchCreateDnef: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["BatchCreateDnefReq"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteDnef: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteDnefReq"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateDnef: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateDnefReq"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listDnef: {
    parameters: {
      query: {
        /** @description Starting index, default is 1, starting from the 1st item. */
        startIndex?: number;
        /** @description Maximum number of items per query, cannot exceed 50, default is 10. */
        maxSize?: number;
        /** @description Keyword search, can be field unique identifier, display name. */
        query?: string;
        /** @description Permission space Code that the data resource belongs to. */
        namespaceCode: string;
        /** @description Data resource Code, unique within permission space. */
        resourceCode: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListDnefPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createDataPolicy: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateDataPolicyDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreateDataPolicyResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listDataPolices: {
    parameters: {
      query?: {
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** @description Data policy name keyword search. */
        query?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListDataPoliciesPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listSimpleDataPolices: {
    parameters: {
      query?: {
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** @description Data policy name keyword search. */
        query?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListSimpleDataPoliciesPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getDataPolicy: {
    parameters: {
      query: {
        /** @description Data policy ID. */
        policyId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetDataPolicyResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateDataPolicy: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateDataPolicyDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UpdateDataPolicyResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteDataPolicy: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteDataPolicyDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  checkDataPolicyExists: {
    parameters: {
      query: {
        /** @description Data policy name, unique within user pool. */
        policyName: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CheckParamsDataPolicyResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listDataPolicyTargets: {
    parameters: {
      query: {
        /** @description Data policy ID. */
        policyId: string;
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** @description Subject name. */
        query?: string;
        /** @description Subject type, including four types: USER, GROUP, ROLE, ORG. Sent as `targetType[]=…` once per item. */
        targetType?: ("USER" | "ORG" | "GROUP" | "ROLE")[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListDataPolicySubjectPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  authorizeDataPolicies: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateAuthorizeDataPolicyDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  revokeDataPolicy: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteAuthorizeDataPolicyDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUserPermissionList: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GetUserPermissionListDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetUserPermissionListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  checkPermission: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CheckPermissionDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CheckPermissionRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  checkExternalUserPermission: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CheckExternalUserPermissionDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CheckExternalUserPermissionRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUserResourcePermissionList: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GetUserResourcePermissionListDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetUserResourcePermissionListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listResourceTargets: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ListResourceTargetsDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListResourceTargetsRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUserResourceStruct: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GetUserResourceStructDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetUserResourceStructRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getExternalUserResourceStruct: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GetExternalUserResourceStructDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetExternalUserResourceStructRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  checkUserSameLevelPermission: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CheckUserSameLevelPermissionDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CheckUserSameLevelPermissionResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listPermissionView: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ListPermissionViewDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListPermissionViewResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getCurrentPackageInfo: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CostGetCurrentPackageRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getUsageInfo: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CostGetCurrentUsageRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getMauPeriodUsageHistory: {
    parameters: {
      query: {
        /** @description Start time (year month day) */
        startTime: string;
        /** @description End time (year month day) */
        endTime: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CostGetMauPeriodUsageHistoryRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getAllRightsItem: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CostGetAllRightItemRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getOrders: {
    parameters: {
      query?: {
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CostGetOrdersRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getOrderDetail: {
    parameters: {
      query: {
        /** @description Order number. */
        orderNo: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CostGetOrderDetailRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getOrderPayDetail: {
    parameters: {
      query: {
        /** @description Order number. */
        orderNo: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CostGetOrderPayDetailRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createEventApp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateEventAppDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listEventApps: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["EventAppPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listEvents: {
    parameters: {
      query?: {
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** @description Application type. */
        app?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OpenEventPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  defineEvent: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DefineEventDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  verifyEvent: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PubEventDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PubEventRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  pubUserEvent: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PubEventDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PubEventRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  addWhitelistOfApp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["AddWhitelistOfAppDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhitelistListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listWhitelistsOfApp: {
    parameters: {
      query: {
        /** @description Whitelist type. */
        type: "USERNAME" | "EMAIL" | "PHONE";
        /** @description APP ID. */
        appId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhitelistListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteWhitelistOfApp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteWhitelistOfAppDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  addWhitelist: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["AddWhitelistDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhitelistListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listWhitelists: {
    parameters: {
      query: {
        /** @description Whitelist type. */
        type: "USERNAME" | "EMAIL" | "PHONE";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhitelistListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteWhitelist: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteWhitelistDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  findIpList: {
    parameters: {
      query: {
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** @description IP type. */
        ipType: "BLACK" | "WHITE";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IpListPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  add: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["IpListCreateDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the entry to delete; it fills `{id}` in the path. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  findUserList: {
    parameters: {
      query: {
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** @description IP type. */
        userListType: "BLACK" | "WHITE";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserListPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  addUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UserListCreateDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteUserListById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the entry to delete; it fills `{id}` in the path. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  findRiskListPolicy: {
    parameters: {
      query: {
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** @description Policy operation object, currently only ip. */
        optObject: "IP" | "USER";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserListPolicyPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  addRiskListPolicy: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RiskListPolicyCreateDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteRiskListPolicyById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the entry to delete; it fills `{id}` in the path. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getRuleSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetDeviceExclusiveRuleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateRuleSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateDeviceExclusiveRuleDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetDeviceExclusiveRuleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getAllValidScopeSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetDeviceExclusiveValidScopeRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  findAppLists: {
    parameters: {
      query: {
        /** @description The `keyword` argument of the official method. */
        keyword: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetDeviceExclusiveValidScopeAppRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  saveInvitationPolicies: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SaveDeviceExclusiveValidScopeSettingsDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  remove: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteDeviceExclusiveValidScopeSettingsByIdsDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getAllWhiteListSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetDeviceExclusiveWhiteListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  processApproval: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ApprovalProcessReq"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  batchProcessApproval: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ApprovalBatchProcessReq"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getDetail: {
    parameters: {
      query: {
        /** @description Approval number. */
        number: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApprovalDetailRes"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  pendList: {
    parameters: {
      query?: {
        /** @description Current page number, starting from 1. */
        pageNo?: number;
        /** @description The number of pages per page cannot exceed 50, and the default is 10. */
        pageSize?: number;
        /** @description Initiate approval object type, currently supports: application permission application (APP_PERMISSION_APPLY), role permission application (ROLE_PERMISSION_APPLY) */
        objectType?: "APP_PERMISSION_APPLY" | "ROLE_PERMISSION_APPLY";
        /** @description Used for fuzzy search based on approval number or initiator name, optional. */
        keyword?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApprovalListRes"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  closedList: {
    parameters: {
      query?: {
        /** @description Current page number, starting from 1. */
        pageNo?: number;
        /** @description The number of pages per page cannot exceed 50, and the default is 10. */
        pageSize?: number;
        /** @description Initiate approval object type, currently supports: application permission application (APP_PERMISSION_APPLY), role permission application (ROLE_PERMISSION_APPLY) */
        objectType?: "APP_PERMISSION_APPLY" | "ROLE_PERMISSION_APPLY";
        /** @description Used for fuzzy search based on approval number or initiator name, optional. */
        keyword?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApprovalListRes"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  logList: {
    parameters: {
      query?: {
        /** @description Current page number, starting from 1. */
        pageNo?: number;
        /** @description The number of pages per page cannot exceed 50, and the default is 10. */
        pageSize?: number;
        /** @description Initiate approval object type, currently supports: application permission application (APP_PERMISSION_APPLY), role permission application (ROLE_PERMISSION_APPLY) */
        objectType?: "APP_PERMISSION_APPLY" | "ROLE_PERMISSION_APPLY";
        /** @description Used for fuzzy search based on approval number, initiator name, and approval object name, optional. */
        keyword?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApprovalListRes"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createDevice: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateTerminalDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TerminalInfoRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  addDevice: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateTerminalDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TerminalInfoRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  findLastLoginAppsByDeviceIds: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["QueryTerminalAppsDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  findLastLoginAppsByDeviceIdsV2: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["QueryTerminalAppsDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createVerifyDevice: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateTerminalDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TerminalInfoRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createPipelineFunction: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreatePipelineFunctionDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PipelineFunctionSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getPipelineFunction: {
    parameters: {
      query: {
        /** @description Pipeline function ID. */
        funcId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PipelineFunctionSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  reuploadPipelineFunction: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ReUploadPipelineFunctionDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PipelineFunctionSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updatePipelineFunction: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdatePipelineFunctionDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PipelineFunctionSingleRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updatePipelineOrder: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdatePipelineOrderDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deletePipelineFunction: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeletePipelineFunctionDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listPipelineFunctions: {
    parameters: {
      query: {
        /** @description Filter by function trigger scene (optional, returns all by default): `PRE_REGISTER`: Before registration; `POST_REGISTER`: After registration; `PRE_AUTHENTICATION`: Before authentication; `POST_AUTHENTICATION`: After authentication; `PRE_OIDC_ID_TOKEN_ISSUED`: Before OIDC ID Token issuance; `PRE_OIDC_ACCESS_TOKEN_ISSUED`: Before OIDC Access Token issuance; `PRE_COMPLETE_USER_INFO`: Before completing user info. */
        scene:
          | "PRE_REGISTER"
          | "POST_REGISTER"
          | "PRE_AUTHENTICATION"
          | "POST_AUTHENTICATION"
          | "PRE_OIDC_ID_TOKEN_ISSUED"
          | "PRE_OIDC_ACCESS_TOKEN_ISSUED"
          | "PRE_COMPLETE_USER_INFO"
          | "PRE_MFA_VERIFY"
          | "POST_MFA_VERIFY";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PipelineFunctionPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getPipelineLogs: {
    parameters: {
      query: {
        /** @description Pipeline function ID. */
        funcId: string;
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PipelineFunctionPaginatedRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateWebhookDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreateWebhookRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  listWebhooks: {
    parameters: {
      query?: {
        /** @description Current page number, starting from 1. */
        page?: number;
        /** @description Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetWebhooksRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateWebhookDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UpdateWebhooksRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteWebhookDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getWebhookLogs: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ListWebhookLogs"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListWebhookLogsRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  triggerWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["TriggerWebhookDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TriggerWebhookRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getWebhook: {
    parameters: {
      query: {
        /** @description Webhook ID. */
        webhookId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetWebhookRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getWebhookEventList: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookEventListRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getBindPwd: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LdapGetBindPwdRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  queryLdapConfigInfo: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LdapConfigInfoRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateLdapConfigInfo: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["LdapUpdateDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LdapOperateRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  saveLdapConfigInfo: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["LdapSaveDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LdapOperateRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  disableLdapServer: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["LdapSetEnabledFlagDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LdapOperateRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  queryLdapLog: {
    parameters: {
      query: {
        /** @description Type: 1 access log, 2 error log. */
        type: number;
        /** @description Connection ID. */
        connection?: number;
        /** @description Opcode. */
        operationNumber?: number;
        /** @description Error code. */
        errorCode?: number;
        /** @description Message content. */
        message?: string;
        /** @description Start time - timestamp. */
        startTime?: number;
        /** @description End time - timestamp. */
        endTime?: number;
        /** @description Current page, starting from 1. */
        page: number;
        /** @description Number of items per page. */
        limit: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LdapLogRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  queryLdapSubEntries: {
    parameters: {
      query: {
        /** @description Current DN. */
        dn?: string;
        /** @description Current page, starting from 1. */
        page: number;
        /** @description Number of items per page. */
        limit: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LdapLogRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getAccessKeyList: {
    parameters: {
      query?: {
        /** @description User ID that key belongs to. */
        userId?: string;
        /** @description Tenant ID to which the key belongs. */
        tenantId?: string;
        /** @description Key type. */
        type?: string;
        /** @description AccessKey status, activated: activated, staging: staged (can be rotated), revoked: revoked. Sent as `status[]=…` once per item. */
        status?: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ListAccessKeyResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getAccessKey: {
    parameters: {
      query: {
        /** @description User ID. */
        userId: string;
        /** @description AccessKeyId. */
        accessKeyId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GetAccessKeyResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  createAccessKey: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateAccessKeyDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreateAccessKeyResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  deleteAccessKey: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeleteAccessKeyDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CommonResponseDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  updateAccessKey: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateAccessKeyDto"];
      };
    };
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IsSuccessRespDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
  getVerifyConfigApp: {
    parameters: {
      query?: {
        /** @description Search keywords. */
        keywords?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApplicationDto"] | components["schemas"]["GenAuthErrorEnvelope"];
        };
      };
    };
  };
}
