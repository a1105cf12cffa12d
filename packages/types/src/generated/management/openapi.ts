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
     * The official SDK types the answer as `CreatePostDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
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
     * The official SDK types the answer as `CreatePostDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
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
     * The path lies outside `/api/v3`, exactly as the official SDK sends it; the sibling data-object operations live under `/api/v3/metadata/`, so this path may be an official mistake, unverified against the server.
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
     * The official SDK types the answer as `OperateModelDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
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
     * The official SDK types the answer as `OperateModelDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
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
     * The official method name says little about what it does: it uploads a UEBA (user behaviour) record.
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
     * Array parameters (`userIds`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
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
     * Array parameters (`organizationCodeList`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
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
     * Array parameters (`appTypeList`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
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
     * The official SDK types the answer as `Node` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
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
     * The older form of `listUsers`, a `GET` with its filters in the query; `listUsers` is a `POST` that takes them in its body.
     */
    get: operations["listUsersLegacy"];
    put?: never;
    /**
     * Get/search user list
     * Searches by `keywords` (in the fields of `options.fuzzySearchOn`), filters with `advancedFilter` (every item must match; a field may be a custom data field), sorts and pages. For example, active users who signed in at least 5 times: `advancedFilter: [{ field: "status", operator: "EQUAL", value: "Activated" }, { field: "loginsCount", operator: "GREATER", value: 5 }]`. `IN` takes an array, `BETWEEN` a `[from, to]` pair; times are Unix milliseconds.
     */
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
     * Array parameters (`userIds`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
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
     * The official SDK types the answer as `CreatePostDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
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
     * The method keeps the official SDK's spelling (`Ofn`), so that migrated code finds it.
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
     * Array parameters (`status`, `objectType`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
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
     * The official method name says little about what it does: it lists universal-invitation applicants.
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
     * The official method name says little about what it does: it approves universal-invitation applications in bulk.
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
     * The official method name says little about what it does: it rejects universal-invitation applications in bulk.
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
     * The official method name says little about what it does: it lists invitation invitees.
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
     * The official method name says little about what it does: it template for importing invitation invitees.
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
     * The query parameters are covered by the request signature; the official SDK signed only the (absent) body, leaving them unsigned.
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
     * The official method name says little about what it does: it imports invitation invitees.
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
     * The official method name says little about what it does: it exports invitation invitees.
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
     * Array parameters (`targetType`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
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
     * Array parameters (`codeList`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
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
     * Array parameters (`codeList`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
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
     * Array parameters (`resourceList`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
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
     * The official SDK types the answer as `PreviewEmailTemplateRespDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
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
     * Array parameters (`authIds`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
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
     * The method keeps the official SDK's spelling (`userpoll`), so that migrated code finds it.
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
     * The method keeps the official SDK's spelling (`Tenan`), so that migrated code finds it.
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
     * The official SDK types the answer as `SendEmailBatchDataDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
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
     * The method keeps the official SDK's spelling (`Tennat`), so that migrated code finds it.
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
     * Gets one administrator, whatever the official summary's wording suggests.
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
     * The official SDK types the answer as `TenantEnterpriseCertificationRespDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
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
     * Array parameters (`codes`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
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
     * Array parameters (`namespaceCodes`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
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
     * Array parameters (`targetType`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
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
     * The official method name says little about what it does: it publishes a custom event (POST /api/v3/pub-event, the endpoint pub() also uses).
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
     * Publishes through the authentication side's event endpoint, signed with the access key.
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
     * The official SDK types the answer as `IsSuccessDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
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
     * The official SDK types the answer as `IsSuccessDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
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
     * The official method name says little about what it does: it creates an IP list (black/white list) entry.
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
     * `id` fills the path. The official SDK sent the literal `{id}` instead, so it never deleted anything.
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
     * `id` fills the path. The official SDK sent the literal `{id}` instead, so it never deleted anything.
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
     * `id` fills the path. The official SDK sent the literal `{id}` instead, so it never deleted anything.
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
     * Lists the applications where device mutual exclusion can apply.
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
     * The official method name says little about what it does: it saves device-mutual-exclusion valid-scope settings.
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
     * The official method name says little about what it does: it removes device-mutual-exclusion valid-scope settings.
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
     * The official method name says little about what it does: it approval detail.
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
     * Array parameters (`status`) travel as `name[]=a&name[]=b`, as the official SDK sends them; the signature covers each as a JSON array.
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
     * The official SDK types the answer as `ApplicationDto` rather than as an envelope, and so does this SDK; what the server really answers is unverified.
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
    /** The outer shape shared by GenAuth V3 JSON responses. */
    GenAuthEnvelope: Schemas.GenAuthEnvelope;
    /** The envelope of a failed call: `statusCode` is not 200 and there is no `data`. */
    GenAuthErrorEnvelope: Schemas.GenAuthErrorEnvelope;
    /** Part of `ListResourceTargetsDtoResp.actionAuthList`. */
    ActionAuth: Schemas.ActionAuth;
    /** Request body of `addDepartmentMembers`. */
    AddDepartmentMembersReqDto: Schemas.AddDepartmentMembersReqDto;
    /** Request body of `addGroupMembers`. */
    AddGroupMembersReqDto: Schemas.AddGroupMembersReqDto;
    /** Request body of `addPolicyUserAttribution`. */
    AddInvitationPolicyUserAttributionDto: Schemas.AddInvitationPolicyUserAttributionDto;
    /** Request body of `addPolicyUserAttributionsBatch`. */
    AddInvitationPolicyUserAttributionsBatchDto: Schemas.AddInvitationPolicyUserAttributionsBatchDto;
    /** Request body of `addTenantDepartmentMembers`. */
    AddTenantDepartmentMembersReqDto: Schemas.AddTenantDepartmentMembersReqDto;
    /** Request body of `addTenantUsers`. */
    AddTenantUsersDto: Schemas.AddTenantUsersDto;
    /** Request body of `addWhitelist`. */
    AddWhitelistDto: Schemas.AddWhitelistDto;
    /** Request body of `addWhitelistOfApp`. */
    AddWhitelistOfAppDto: Schemas.AddWhitelistOfAppDto;
    /** Part of `AdminAuditLogRespData.list`. */
    AdminAuditLogDto: Schemas.AdminAuditLogDto;
    /** Part of `AdminAuditLogRespDto.data`. */
    AdminAuditLogRespData: Schemas.AdminAuditLogRespData;
    /** What `getAdminAuditLogs` answers. */
    AdminAuditLogRespDto: Schemas.AdminAuditLogRespDto;
    /** Part of `EmailProviderDto.aliExmailConfig`. */
    AliExmailEmailProviderConfig: Schemas.AliExmailEmailProviderConfig;
    /** Part of `ConfigEmailProviderDto.aliExmailConfig`. */
    AliExmailEmailProviderConfigInput: Schemas.AliExmailEmailProviderConfigInput;
    /** Part of `TriggerWebhookData.response`. */
    Any: Schemas.Any;
    /** Part of `AppListRespDto.data`. */
    AppDto: Schemas.AppDto;
    /** What `getUserAccessibleApps` and `getUserAuthorizedApps` answer. */
    AppListRespDto: Schemas.AppListRespDto;
    /** Part of `ExtendsFieldDto.validateRules` and `UpdateExtendsFieldDto.validateRules`. */
    AppValidateRuleDto: Schemas.AppValidateRuleDto;
    /** Part of `ApplicationBrandingConfig.agreements`. */
    ApplicationAgreementDto: Schemas.ApplicationAgreementDto;
    /** Part of `ApplicationDto.brandingConfig` and `CreateApplicationRespDataDto.brandingConfig`. */
    ApplicationBrandingConfig: Schemas.ApplicationBrandingConfig;
    /** Part of `CreateApplicationDto.brandingConfig` and `UpdateApplicationDto.brandingConfig`. */
    ApplicationBrandingConfigInputDto: Schemas.ApplicationBrandingConfigInputDto;
    /** Part of `ApplicationLoginConfigDto.defaultLoginMethod`. */
    ApplicationDefaultLoginMethod: Schemas.ApplicationDefaultLoginMethod;
    /** Part of `ApplicationLoginConfigInputDto.defaultLoginMethod` and `UpdateApplicationLoginConfigInputDto.defaultLoginMethod`. */
    ApplicationDefaultLoginMethodInput: Schemas.ApplicationDefaultLoginMethodInput;
    /** What `getVerifyConfigApp` answers. */
    ApplicationDto: Schemas.ApplicationDto;
    /** Part of `ApplicationLoginConfigDto.enabledExtIdpConns`. */
    ApplicationEnabledExtIdpConnDto: Schemas.ApplicationEnabledExtIdpConnDto;
    /** Part of `ApplicationLoginConfigInputDto.enabledExtIdpConnIds`. */
    ApplicationEnabledExtIdpConnInputDto: Schemas.ApplicationEnabledExtIdpConnInputDto;
    /** Part of `ApplicationDto.loginConfig`, `CreateApplicationRespDataDto.loginConfig` and `UserPoolTenantConfigDto.loginConfig`. */
    ApplicationLoginConfigDto: Schemas.ApplicationLoginConfigDto;
    /** Part of `CreateApplicationDto.loginConfig`. */
    ApplicationLoginConfigInputDto: Schemas.ApplicationLoginConfigInputDto;
    /** Part of `GetMfaInfoDataDto.applicationMfa`. */
    ApplicationMfaDto: Schemas.ApplicationMfaDto;
    /** Part of `ApplicationPaginatedRespDto.data`. */
    ApplicationPaginatedDataDto: Schemas.ApplicationPaginatedDataDto;
    /** What `listApplications` answers. */
    ApplicationPaginatedRespDto: Schemas.ApplicationPaginatedRespDto;
    /** Part of `ApprovalDetailDto.approvalObjectList`. */
    ApplicationPermissionApplyApprovalObject: Schemas.ApplicationPermissionApplyApprovalObject;
    /** Part of `AuthorizeApplicationAccessDto.list`. */
    ApplicationPermissionRecordItem: Schemas.ApplicationPermissionRecordItem;
    /** Part of `ApplicationDto.registerConfig` and `CreateApplicationRespDataDto.registerConfig`. */
    ApplicationRegisterConfig: Schemas.ApplicationRegisterConfig;
    /** Part of `CreateApplicationDto.registerConfig` and `UpdateApplicationDto.registerConfig`. */
    ApplicationRegisterConfigInputDto: Schemas.ApplicationRegisterConfigInputDto;
    /** Part of `ApplicationSimpleInfoPaginatedDataDto.list` and `ApplicationSimpleInfoSingleRespDto.data`. */
    ApplicationSimpleInfoDto: Schemas.ApplicationSimpleInfoDto;
    /** Part of `ApplicationSimpleInfoPaginatedRespDto.data`. */
    ApplicationSimpleInfoPaginatedDataDto: Schemas.ApplicationSimpleInfoPaginatedDataDto;
    /** What `listApplicationSimpleInfo` answers. */
    ApplicationSimpleInfoPaginatedRespDto: Schemas.ApplicationSimpleInfoPaginatedRespDto;
    /** What `getApplicationSimpleInfo` answers. */
    ApplicationSimpleInfoSingleRespDto: Schemas.ApplicationSimpleInfoSingleRespDto;
    /** What `getApplication` answers. */
    ApplicationSingleRespDto: Schemas.ApplicationSingleRespDto;
    /** Part of `UpdateLoginConfig.tabMethodsSortConfig` and `UpdateLoginConfig.qrCodeSortConfig`. */
    ApplicationTabMethodsSortConfigDto: Schemas.ApplicationTabMethodsSortConfigDto;
    /** Request body of `batchProcessApproval`. */
    ApprovalBatchProcessReq: Schemas.ApprovalBatchProcessReq;
    /** Part of `ApprovalDetailRes.data` and `ApprovalPageList.list`. */
    ApprovalDetailDto: Schemas.ApprovalDetailDto;
    /** What `getDetail` answers. */
    ApprovalDetailRes: Schemas.ApprovalDetailRes;
    /** What `pendList`, `closedList` and `logList` answer. */
    ApprovalListRes: Schemas.ApprovalListRes;
    /** Part of `ApprovalListRes.data`. */
    ApprovalPageList: Schemas.ApprovalPageList;
    /** Request body of `processApproval`. */
    ApprovalProcessReq: Schemas.ApprovalProcessReq;
    /** Request body of `approval` and `reject`. */
    ApprovalUniversalInvitationApplicantDto: Schemas.ApprovalUniversalInvitationApplicantDto;
    /** Part of `ListArchivedUsersSingleRespDto.data`. */
    ArchivedUsersListPagingDto: Schemas.ArchivedUsersListPagingDto;
    /** Part of `GetExternalUserResourceStructDataDto.arrResourceAuthAction` and `GetUserResourceStructDataDto.arrResourceAuthAction`. */
    ArrResourceAuthAction: Schemas.ArrResourceAuthAction;
    /** Part of `OpenResource.arrAuthorize`. */
    ArrayAuthorize: Schemas.ArrayAuthorize;
    /** Part of `AsaAccountListRespDto.data`, `AsaAccountPaginatedDataDto.list` and `AsaAccountSingleNullableRespDto.data` and others. */
    AsaAccountDto: Schemas.AsaAccountDto;
    /** What `getAsaAccountBatch` answers. */
    AsaAccountListRespDto: Schemas.AsaAccountListRespDto;
    /** Part of `AsaAccountPaginatedRespDto.data`. */
    AsaAccountPaginatedDataDto: Schemas.AsaAccountPaginatedDataDto;
    /** What `listAsaAccount` answers. */
    AsaAccountPaginatedRespDto: Schemas.AsaAccountPaginatedRespDto;
    /** What `getAssignedAccount` answers. */
    AsaAccountSingleNullableRespDto: Schemas.AsaAccountSingleNullableRespDto;
    /** What `createAsaAccount`, `updateAsaAccount` and `getAsaAccount` answer. */
    AsaAccountSingleRespDto: Schemas.AsaAccountSingleRespDto;
    /** Part of `GetAsaAccountAssignedTargetDataDto.list`. */
    AsaAccountTargetDto: Schemas.AsaAccountTargetDto;
    /** Part of `AssignAsaAccountsDto.targets`. */
    AssignAsaAccountItem: Schemas.AssignAsaAccountItem;
    /** Request body of `assignAsaAccount` and `unassignAsaAccount`. */
    AssignAsaAccountsDto: Schemas.AssignAsaAccountsDto;
    /** Request body of `assignRoleBatch`. */
    AssignRoleBatchDto: Schemas.AssignRoleBatchDto;
    /** Request body of `assignRole`. */
    AssignRoleDto: Schemas.AssignRoleDto;
    /** Request body of `associateTenantResource`. */
    AssociateTenantResourceDto: Schemas.AssociateTenantResourceDto;
    /** Part of `CheckExternalUserPermissionDto.authEnvParams`, `CheckPermissionDto.authEnvParams` and `CheckUserSameLevelPermissionDto.authEnvParams`. */
    AuthEnvParams: Schemas.AuthEnvParams;
    /** Request body of `authorizeApplicationAccess`. */
    AuthorizeApplicationAccessDto: Schemas.AuthorizeApplicationAccessDto;
    /** Part of `AuthorizeResourcesDto.list`. */
    AuthorizeResourceItem: Schemas.AuthorizeResourceItem;
    /** Request body of `authorizeResources`. */
    AuthorizeResourcesDto: Schemas.AuthorizeResourcesDto;
    /** Part of `AuthorizedResourceListRespDto.data` and `AuthorizedResourcePagingDto.list`. */
    AuthorizedResourceDto: Schemas.AuthorizedResourceDto;
    /** What `getGroupAuthorizedResources` answers. */
    AuthorizedResourceListRespDto: Schemas.AuthorizedResourceListRespDto;
    /** What `getUserAuthorizedResources` and `getAuthorizedResources` answer. */
    AuthorizedResourcePaginatedRespDto: Schemas.AuthorizedResourcePaginatedRespDto;
    /** Part of `AuthorizedResourcePaginatedRespDto.data`. */
    AuthorizedResourcePagingDto: Schemas.AuthorizedResourcePagingDto;
    /** Request body of `batchBindPolicy`. */
    BatchBindPolicy: Schemas.BatchBindPolicy;
    /** Request body of `batchCreateDnef`. */
    BatchCreateDnefReq: Schemas.BatchCreateDnefReq;
    /** Request body of `batchUnbindPolicy`. */
    BatchUnbindPolicy: Schemas.BatchUnbindPolicy;
    /** Request body of `cancelSyncRiskOperation`. */
    CancelSyncRiskOperationDto: Schemas.CancelSyncRiskOperationDto;
    /** Part of `CancelSyncRiskOperationsRespDto.data`. */
    CancelSyncRiskOperationsDataDto: Schemas.CancelSyncRiskOperationsDataDto;
    /** What `cancelSyncRiskOperation` answers. */
    CancelSyncRiskOperationsRespDto: Schemas.CancelSyncRiskOperationsRespDto;
    /** Part of `ApplicationDto.casConfig`, `CreateApplicationDto.casConfig` and `CreateApplicationRespDataDto.casConfig` and others. */
    CasIdPConfig: Schemas.CasIdPConfig;
    /** Part of `RowDto.cellList`. */
    CellDto: Schemas.CellDto;
    /** Part of `SecuritySettingsDto.changeEmailStrategy` and `UpdateSecuritySettingsDto.changeEmailStrategy`. */
    ChangeEmailStrategyDto: Schemas.ChangeEmailStrategyDto;
    /** Request body of `changeExtIdpConnAssociationState`. */
    ChangeExtIdpAssociationStateDto: Schemas.ChangeExtIdpAssociationStateDto;
    /** Request body of `changeExtIdpConnState`. */
    ChangeExtIdpConnStateDto: Schemas.ChangeExtIdpConnStateDto;
    /** Part of `SecuritySettingsDto.changePhoneStrategy` and `UpdateSecuritySettingsDto.changePhoneStrategy`. */
    ChangePhoneStrategyDto: Schemas.ChangePhoneStrategyDto;
    /** Request body of `changeUserpoolTenanExtIdpConnState`. */
    ChangeUserPoolTenantExtIdpConnDto: Schemas.ChangeUserPoolTenantExtIdpConnDto;
    /** Request body of `checkDomainAvailable`. */
    CheckDomainAvailable: Schemas.CheckDomainAvailable;
    /** Part of `CheckDomainAvailableSecretRespDto.data`. */
    CheckDomainAvailableDataDto: Schemas.CheckDomainAvailableDataDto;
    /** What `checkDomainAvailable` answers. */
    CheckDomainAvailableSecretRespDto: Schemas.CheckDomainAvailableSecretRespDto;
    /** Part of `CheckExternalUserPermissionRespDto.data`. */
    CheckExternalUserPermissionDataDto: Schemas.CheckExternalUserPermissionDataDto;
    /** Request body of `checkExternalUserPermission`. */
    CheckExternalUserPermissionDto: Schemas.CheckExternalUserPermissionDto;
    /** What `checkExternalUserPermission` answers. */
    CheckExternalUserPermissionRespDto: Schemas.CheckExternalUserPermissionRespDto;
    /** Part of `CheckExternalUserPermissionDataDto.checkResultList`. */
    CheckExternalUserPermissionsRespDto: Schemas.CheckExternalUserPermissionsRespDto;
    /** Part of `CheckParamsDataPolicyResponseDto.data`. */
    CheckParamsDataPolicyRespDto: Schemas.CheckParamsDataPolicyRespDto;
    /** What `checkDataPolicyExists` answers. */
    CheckParamsDataPolicyResponseDto: Schemas.CheckParamsDataPolicyResponseDto;
    /** Part of `CheckParamsDataResourceResponseDto.data`. */
    CheckParamsDataResourceRespDto: Schemas.CheckParamsDataResourceRespDto;
    /** What `checkDataResourceExists` answers. */
    CheckParamsDataResourceResponseDto: Schemas.CheckParamsDataResourceResponseDto;
    /** Part of `CheckPermissionRespDto.data`. */
    CheckPermissionDataDto: Schemas.CheckPermissionDataDto;
    /** Request body of `checkPermission`. */
    CheckPermissionDto: Schemas.CheckPermissionDto;
    /** Request body of `checkPermissionNamespaceExists`. */
    CheckPermissionNamespaceExistsDto: Schemas.CheckPermissionNamespaceExistsDto;
    /** Part of `PermissionNamespaceCheckExistsRespDto.data`. */
    CheckPermissionNamespaceExistsRespDto: Schemas.CheckPermissionNamespaceExistsRespDto;
    /** What `checkPermission` answers. */
    CheckPermissionRespDto: Schemas.CheckPermissionRespDto;
    /** Part of `CheckPermissionDataDto.checkResultList`. */
    CheckPermissionsRespDto: Schemas.CheckPermissionsRespDto;
    /** Request body of `checkMutualExclusion`. */
    CheckRoleMutualExclusionReqDto: Schemas.CheckRoleMutualExclusionReqDto;
    /** What `checkMutualExclusion` answers. */
    CheckRoleMutualExclusionRespDto: Schemas.CheckRoleMutualExclusionRespDto;
    /** Part of `CheckRoleMutualExclusionRespDto.data`. */
    CheckRoleMutualExclusionResultDto: Schemas.CheckRoleMutualExclusionResultDto;
    /** Request body of `checkParamsNamespace`. */
    CheckRoleParamsDto: Schemas.CheckRoleParamsDto;
    /** Part of `RoleCheckParamsRespDto.data`. */
    CheckRoleParamsRespDto: Schemas.CheckRoleParamsRespDto;
    /** Part of `CheckSessionStatusRespDto.data`. */
    CheckSessionStatusDataDto: Schemas.CheckSessionStatusDataDto;
    /** Request body of `checkSessionStatus`. */
    CheckSessionStatusDto: Schemas.CheckSessionStatusDto;
    /** What `checkSessionStatus` answers. */
    CheckSessionStatusRespDto: Schemas.CheckSessionStatusRespDto;
    /** Part of `CheckUserSameLevelPermissionResponseDto.data`. */
    CheckUserSameLevelPermissionDataDto: Schemas.CheckUserSameLevelPermissionDataDto;
    /** Request body of `checkUserSameLevelPermission`. */
    CheckUserSameLevelPermissionDto: Schemas.CheckUserSameLevelPermissionDto;
    /** Part of `CheckUserSameLevelPermissionDataDto.checkLevelResultList`. */
    CheckUserSameLevelPermissionRespDto: Schemas.CheckUserSameLevelPermissionRespDto;
    /** What `checkUserSameLevelPermission` answers. */
    CheckUserSameLevelPermissionResponseDto: Schemas.CheckUserSameLevelPermissionResponseDto;
    /** Part of `CombineFiltersBaseDto.filters`. */
    CombineFilterItemDto: Schemas.CombineFilterItemDto;
    /** Part of `ListInvitationRosterByPolicyIdDto.filter`, `ListInvitationRosterDto.filter` and `ListInvitationUserDto.filter` and others. */
    CombineFiltersBaseDto: Schemas.CombineFiltersBaseDto;
    /** Part of `CommonResourcePagingDto.list`. */
    CommonResourceDto: Schemas.CommonResourceDto;
    /** What `listCommonResource` answers. */
    CommonResourcePaginatedRespDto: Schemas.CommonResourcePaginatedRespDto;
    /** Part of `CommonResourcePaginatedRespDto.data`. */
    CommonResourcePagingDto: Schemas.CommonResourcePagingDto;
    /** What `removePost`, `setUserPosts`, `userConnectionPost`, `removeRow` and 41 more answer. */
    CommonResponseDto: Schemas.CommonResponseDto;
    /** Part of `InvitationRosterDto.creatorDetail`, `InvitationUserDto.creatorDetail` and `UniversalInvitationApplicantData.inviterDetail` and others. */
    CommonUserDto: Schemas.CommonUserDto;
    /** Part of `CreateFunctionModelFieldDto.relationOptionalRange`, `FilterDto.conditions` and `GetAllRowDto.conditions` and others. */
    Condition: Schemas.Condition;
    /** Part of `CreateDnefReq.config`, `ExtendField.config` and `UpdateDnefReq.config`. */
    Config: Schemas.Config;
    /** Request body of `configEmailProvider`. */
    ConfigEmailProviderDto: Schemas.ConfigEmailProviderDto;
    /** Part of `SecuritySettingsDto.cookieSettings` and `UpdateSecuritySettingsDto.cookieSettings`. */
    CookieSettingsDto: Schemas.CookieSettingsDto;
    /** Request body of `copyInvitationPolicyById`. */
    CopyInvitationPolicyDto: Schemas.CopyInvitationPolicyDto;
    /** Request body of `copyRowRelation`. */
    CopyRowRelationDto: Schemas.CopyRowRelationDto;
    /** Part of `CostGetCurrentPackageRespDto.data`. */
    CostCurrentPackageInfo: Schemas.CostCurrentPackageInfo;
    /** What `getAllRightsItem` answers. */
    CostGetAllRightItemRespDto: Schemas.CostGetAllRightItemRespDto;
    /** What `getCurrentPackageInfo` answers. */
    CostGetCurrentPackageRespDto: Schemas.CostGetCurrentPackageRespDto;
    /** What `getUsageInfo` answers. */
    CostGetCurrentUsageRespDto: Schemas.CostGetCurrentUsageRespDto;
    /** What `getMauPeriodUsageHistory` answers. */
    CostGetMauPeriodUsageHistoryRespDto: Schemas.CostGetMauPeriodUsageHistoryRespDto;
    /** What `getOrderDetail` answers. */
    CostGetOrderDetailRespDto: Schemas.CostGetOrderDetailRespDto;
    /** Part of `CostGetOrderPayDetailRespDto.data`. */
    CostGetOrderPayDetail: Schemas.CostGetOrderPayDetail;
    /** What `getOrderPayDetail` answers. */
    CostGetOrderPayDetailRespDto: Schemas.CostGetOrderPayDetailRespDto;
    /** What `getOrders` answers. */
    CostGetOrdersRespDto: Schemas.CostGetOrdersRespDto;
    /** Request body of `createAccessKey`. */
    CreateAccessKeyDto: Schemas.CreateAccessKeyDto;
    /** Part of `CreateAccessKeyResponseDto.data`. */
    CreateAccessKeyRespDto: Schemas.CreateAccessKeyRespDto;
    /** What `createAccessKey` answers. */
    CreateAccessKeyResponseDto: Schemas.CreateAccessKeyResponseDto;
    /** Request body of `createAdminRole`. */
    CreateAdminRoleDto: Schemas.CreateAdminRoleDto;
    /** Request body of `createApplication`. */
    CreateApplicationDto: Schemas.CreateApplicationDto;
    /** Part of `CreateApplicationRespDto.data`. */
    CreateApplicationRespDataDto: Schemas.CreateApplicationRespDataDto;
    /** What `createApplication` answers. */
    CreateApplicationRespDto: Schemas.CreateApplicationRespDto;
    /** Request body of `createDataResourceByArray`. */
    CreateArrayDataResourceDto: Schemas.CreateArrayDataResourceDto;
    /** Part of `CreateArrayDataResourceResponseDto.data`. */
    CreateArrayDataResourceRespDto: Schemas.CreateArrayDataResourceRespDto;
    /** What `createDataResourceByArray` answers. */
    CreateArrayDataResourceResponseDto: Schemas.CreateArrayDataResourceResponseDto;
    /** Request body of `createAsaAccount`. */
    CreateAsaAccountDto: Schemas.CreateAsaAccountDto;
    /** Request body of `createAsaAccountBatch`. */
    CreateAsaAccountsBatchDto: Schemas.CreateAsaAccountsBatchDto;
    /** Part of `CreateAsaAccountsBatchDto.list`. */
    CreateAsaAccountsBatchItemDto: Schemas.CreateAsaAccountsBatchItemDto;
    /** Request body of `authorizeDataPolicies`. */
    CreateAuthorizeDataPolicyDto: Schemas.CreateAuthorizeDataPolicyDto;
    /** Request body of `createDataPolicy`. */
    CreateDataPolicyDto: Schemas.CreateDataPolicyDto;
    /** Part of `CreateDataPolicyResponseDto.data`. */
    CreateDataPolicyRespDto: Schemas.CreateDataPolicyRespDto;
    /** What `createDataPolicy` answers. */
    CreateDataPolicyResponseDto: Schemas.CreateDataPolicyResponseDto;
    /** Request body of `createDataResource`. */
    CreateDataResourceDto: Schemas.CreateDataResourceDto;
    /** Part of `CreateDataResourceResponseDto.data`. */
    CreateDataResourceRespDto: Schemas.CreateDataResourceRespDto;
    /** What `createDataResource` answers. */
    CreateDataResourceResponseDto: Schemas.CreateDataResourceResponseDto;
    /** Request body of `createDepartment`. */
    CreateDepartmentReqDto: Schemas.CreateDepartmentReqDto;
    /** Request body of `createDepartmentTree`. */
    CreateDepartmentTreeReqDto: Schemas.CreateDepartmentTreeReqDto;
    /** What `createDepartmentTree` answers. */
    CreateDepartmentTreeRespDto: Schemas.CreateDepartmentTreeRespDto;
    /** Request body of `createDnef`. */
    CreateDnefReq: Schemas.CreateDnefReq;
    /** Request body of `createEventApp`. */
    CreateEventAppDto: Schemas.CreateEventAppDto;
    /** Request body of `createExtIdpConn`. */
    CreateExtIdpConnDto: Schemas.CreateExtIdpConnDto;
    /** Request body of `createExtIdp`. */
    CreateExtIdpDto: Schemas.CreateExtIdpDto;
    /** Request body of `createModel`. */
    CreateFunctionModelDto: Schemas.CreateFunctionModelDto;
    /** Request body of `createField`. */
    CreateFunctionModelFieldDto: Schemas.CreateFunctionModelFieldDto;
    /** Request body of `createGroupsBatch`. */
    CreateGroupBatchReqDto: Schemas.CreateGroupBatchReqDto;
    /** Request body of `createGroup`. */
    CreateGroupReqDto: Schemas.CreateGroupReqDto;
    /** Part of `CreateUserInfoDto.identities` and `CreateUserReqDto.identities`. */
    CreateIdentityDto: Schemas.CreateIdentityDto;
    /** Request body of `createInvitationPolicy`. */
    CreateInvitationPolicyDto: Schemas.CreateInvitationPolicyDto;
    /** Request body of `createInvitationRoster`. */
    CreateInvitationRosterDto: Schemas.CreateInvitationRosterDto;
    /** Request body of `createMultipleTenantAdmin`. */
    CreateMultipleTenantAdminDto: Schemas.CreateMultipleTenantAdminDto;
    /** Request body of `createNamespace`. */
    CreateNamespaceDto: Schemas.CreateNamespaceDto;
    /** Request body of `createNamespacesBatch`. */
    CreateNamespacesBatchDto: Schemas.CreateNamespacesBatchDto;
    /** Part of `CreateNamespacesBatchDto.list`. */
    CreateNamespacesBatchItemDto: Schemas.CreateNamespacesBatchItemDto;
    /** Request body of `createOperate`. */
    CreateOperateModelDto: Schemas.CreateOperateModelDto;
    /** Part of `CreateOrUpdateGroupRespDto.data`. */
    CreateOrUpdateGroupDataDto: Schemas.CreateOrUpdateGroupDataDto;
    /** Request body of `createOrUpdateGroup`. */
    CreateOrUpdateGroupReqDto: Schemas.CreateOrUpdateGroupReqDto;
    /** What `createOrUpdateGroup` answers. */
    CreateOrUpdateGroupRespDto: Schemas.CreateOrUpdateGroupRespDto;
    /** Request body of `createOrganization`. */
    CreateOrganizationReqDto: Schemas.CreateOrganizationReqDto;
    /** Request body of `createPermissionNamespace`. */
    CreatePermissionNamespaceDto: Schemas.CreatePermissionNamespaceDto;
    /** Part of `CreatePermissionNamespaceResponseDto.data`. */
    CreatePermissionNamespaceRespDto: Schemas.CreatePermissionNamespaceRespDto;
    /** What `createPermissionNamespace` answers. */
    CreatePermissionNamespaceResponseDto: Schemas.CreatePermissionNamespaceResponseDto;
    /** Request body of `createPermissionNamespacesBatch`. */
    CreatePermissionNamespacesBatchDto: Schemas.CreatePermissionNamespacesBatchDto;
    /** Part of `CreatePermissionNamespacesBatchDto.list`. */
    CreatePermissionNamespacesBatchItemDto: Schemas.CreatePermissionNamespacesBatchItemDto;
    /** Request body of `createPipelineFunction`. */
    CreatePipelineFunctionDto: Schemas.CreatePipelineFunctionDto;
    /** Request body of `createPost` and `updatePost`. What `getPost`, `getUserPost` and `getPostOfPublicUser` answer. */
    CreatePostDto: Schemas.CreatePostDto;
    /** What `createPost` and `updatePost` answer. */
    CreatePostRespDto: Schemas.CreatePostRespDto;
    /** Request body of `createPublicAccountsBatch`. */
    CreatePublicAccountBatchReqDto: Schemas.CreatePublicAccountBatchReqDto;
    /** Request body of `changeIntoPublicAccount`. */
    CreatePublicAccountFromUserDto: Schemas.CreatePublicAccountFromUserDto;
    /** Part of `CreatePublicAccountBatchReqDto.options` and `CreatePublicAccountReqDto.options`. */
    CreatePublicAccountOptionsDto: Schemas.CreatePublicAccountOptionsDto;
    /** Part of `CreatePublicAccountReqDto.otp`. */
    CreatePublicAccountOtpDto: Schemas.CreatePublicAccountOtpDto;
    /** Request body of `createPublicAccount`. */
    CreatePublicAccountReqDto: Schemas.CreatePublicAccountReqDto;
    /** Request body of `createRowRelation`. */
    CreateRelationValueDto: Schemas.CreateRelationValueDto;
    /** Part of `CreateResourcesBatchDto.list`. */
    CreateResourceBatchItemDto: Schemas.CreateResourceBatchItemDto;
    /** Request body of `createResource`. */
    CreateResourceDto: Schemas.CreateResourceDto;
    /** Request body of `createResourcesBatch`. */
    CreateResourcesBatchDto: Schemas.CreateResourcesBatchDto;
    /** Request body of `createRole`. */
    CreateRoleDto: Schemas.CreateRoleDto;
    /** Request body of `createRolesBatch`. */
    CreateRolesBatch: Schemas.CreateRolesBatch;
    /** Request body of `createRow`. */
    CreateRowDto: Schemas.CreateRowDto;
    /** Request body of `createDataResourceByString`. */
    CreateStringDataResourceDto: Schemas.CreateStringDataResourceDto;
    /** Part of `CreateStringDataResourceResponseDto.data`. */
    CreateStringDataResourceRespDto: Schemas.CreateStringDataResourceRespDto;
    /** What `createDataResourceByString` answers. */
    CreateStringDataResourceResponseDto: Schemas.CreateStringDataResourceResponseDto;
    /** Request body of `createSyncTask`. */
    CreateSyncTaskDto: Schemas.CreateSyncTaskDto;
    /** Request body of `createTenantCooperator`. */
    CreateTenantCooperatorDto: Schemas.CreateTenantCooperatorDto;
    /** Request body of `createTenant`. */
    CreateTenantDto: Schemas.CreateTenantDto;
    /** Request body of `createTenantEnterpriseCertification` and `updateTenantEnterpriseCertification`. */
    CreateTenantEnterpriseCertificationBodyDto: Schemas.CreateTenantEnterpriseCertificationBodyDto;
    /** What `createTenant` answers. */
    CreateTenantRespDto: Schemas.CreateTenantRespDto;
    /** Part of `CreateTenantUserReqDto.options`. */
    CreateTenantUserOptionsDto: Schemas.CreateTenantUserOptionsDto;
    /** Request body of `createTenantUser`. */
    CreateTenantUserReqDto: Schemas.CreateTenantUserReqDto;
    /** Request body of `createDevice`, `addDevice` and `createVerifyDevice`. */
    CreateTerminalDto: Schemas.CreateTerminalDto;
    /** Request body of `createDataResourceByTree`. */
    CreateTreeDataResourceDto: Schemas.CreateTreeDataResourceDto;
    /** Part of `CreateTreeDataResourceResponseDto.data`. */
    CreateTreeDataResourceRespDto: Schemas.CreateTreeDataResourceRespDto;
    /** What `createDataResourceByTree` answers. */
    CreateTreeDataResourceResponseDto: Schemas.CreateTreeDataResourceResponseDto;
    /** Request body of `capture`. */
    CreateUEBADto: Schemas.CreateUEBADto;
    /** What `capture` answers. */
    CreateUEBARespDto: Schemas.CreateUEBARespDto;
    /** Request body of `createUsersBatch`. */
    CreateUserBatchReqDto: Schemas.CreateUserBatchReqDto;
    /** Part of `CreateUserBatchReqDto.list`. */
    CreateUserInfoDto: Schemas.CreateUserInfoDto;
    /** Part of `CreateUserBatchReqDto.options` and `CreateUserReqDto.options`. */
    CreateUserOptionsDto: Schemas.CreateUserOptionsDto;
    /** Part of `CreateUserInfoDto.otp` and `CreateUserReqDto.otp`. */
    CreateUserOtpDto: Schemas.CreateUserOtpDto;
    /** Request body of `createUser`. */
    CreateUserReqDto: Schemas.CreateUserReqDto;
    /** Request body of `createWebhook`. */
    CreateWebhookDto: Schemas.CreateWebhookDto;
    /** What `createWebhook` answers. */
    CreateWebhookRespDto: Schemas.CreateWebhookRespDto;
    /** Part of `CurrentUsageRespDto.usages`. */
    CurrentUsageDto: Schemas.CurrentUsageDto;
    /** Part of `CostGetCurrentUsageRespDto.data`. */
    CurrentUsageRespDto: Schemas.CurrentUsageRespDto;
    /** Part of `CustomFieldListRespDto.data`. */
    CustomFieldDto: Schemas.CustomFieldDto;
    /** Part of `CustomFieldDto.i18n`, `ExtendsFieldDto.i18n` and `SetCustomFieldDto.i18n` and others. */
    CustomFieldI18n: Schemas.CustomFieldI18n;
    /** What `getUserBaseFields`, `setUserBaseFields`, `getCustomFields` and `setCustomFields` answer. */
    CustomFieldListRespDto: Schemas.CustomFieldListRespDto;
    /** Part of `CustomFieldDto.options` and `SetCustomFieldDto.options`. */
    CustomFieldSelectOption: Schemas.CustomFieldSelectOption;
    /** Part of `ListDataPoliciesPaginatedRespDto.data`. */
    DataPoliciesPaginatedRespDto: Schemas.DataPoliciesPaginatedRespDto;
    /** Part of `ListSimpleDataPoliciesPaginatedRespDto.data`. */
    DataPoliciesSimplePaginatedRespDto: Schemas.DataPoliciesSimplePaginatedRespDto;
    /** Part of `ListDataPoliciesRespDto.resourceList`. */
    DataResourceSimpleRespDto: Schemas.DataResourceSimpleRespDto;
    /** Part of `CreateDataResourceDto.struct`, `CreateDataResourceRespDto.struct` and `CreateTreeDataResourceDto.struct` and others. */
    DataResourceTreeStructs: Schemas.DataResourceTreeStructs;
    /** Part of `ListDataResourcesPaginatedRespDto.data`. */
    DataResourcesPaginatedRespDto: Schemas.DataResourcesPaginatedRespDto;
    /** Part of `CreateDataPolicyDto.statementList` and `UpdateDataPolicyDto.statementList`. */
    DataStatementPermissionDto: Schemas.DataStatementPermissionDto;
    /** Part of `ListDataPolicySubjectPageDto.list`. */
    DataSubjectRespDto: Schemas.DataSubjectRespDto;
    /** Part of `CreateInvitationPolicyDto.defaultPasswordConfig` and `UpdateInvitationPolicyDto.defaultPasswordConfig`. */
    DefaultPasswordConfigDto: Schemas.DefaultPasswordConfigDto;
    /** Request body of `defineEvent`. */
    DefineEventDto: Schemas.DefineEventDto;
    /** Request body of `deleteAccessKey`. */
    DeleteAccessKeyDto: Schemas.DeleteAccessKeyDto;
    /** Request body of `deleteAdminRolesBatch`. */
    DeleteAdminRoleDto: Schemas.DeleteAdminRoleDto;
    /** Request body of `deleteApplication`. */
    DeleteApplicationDto: Schemas.DeleteApplicationDto;
    /** Part of `RevokeApplicationAccessDto.list`. */
    DeleteApplicationPermissionRecordItem: Schemas.DeleteApplicationPermissionRecordItem;
    /** Request body of `deleteAsaAccountBatch`. */
    DeleteAsaAccountBatchDto: Schemas.DeleteAsaAccountBatchDto;
    /** Request body of `deleteAsaAccount`. */
    DeleteAsaAccountDto: Schemas.DeleteAsaAccountDto;
    /** Request body of `revokeDataPolicy`. */
    DeleteAuthorizeDataPolicyDto: Schemas.DeleteAuthorizeDataPolicyDto;
    /** Request body of `batchDeleteCommonResource`. */
    DeleteCommonResourcesBatchDto: Schemas.DeleteCommonResourcesBatchDto;
    /** Part of `DeleteCustomFieldsReqDto.list`. */
    DeleteCustomFieldDto: Schemas.DeleteCustomFieldDto;
    /** Request body of `deleteCustomFields`. */
    DeleteCustomFieldsReqDto: Schemas.DeleteCustomFieldsReqDto;
    /** Request body of `deleteDataPolicy`. */
    DeleteDataPolicyDto: Schemas.DeleteDataPolicyDto;
    /** Request body of `deleteDataResource`. */
    DeleteDataResourceDto: Schemas.DeleteDataResourceDto;
    /** Request body of `deleteDepartment`. */
    DeleteDepartmentReqDto: Schemas.DeleteDepartmentReqDto;
    /** Request body of `deleteDepartmentSyncRelations`. */
    DeleteDepartmentSyncRelationReqDto: Schemas.DeleteDepartmentSyncRelationReqDto;
    /** Request body of `remove`. */
    DeleteDeviceExclusiveValidScopeSettingsByIdsDto: Schemas.DeleteDeviceExclusiveValidScopeSettingsByIdsDto;
    /** Request body of `deleteDnef`. */
    DeleteDnefReq: Schemas.DeleteDnefReq;
    /** Request body of `deleteExtIdpConn`. */
    DeleteExtIdpConnDto: Schemas.DeleteExtIdpConnDto;
    /** Request body of `deleteExtIdp`. */
    DeleteExtIdpDto: Schemas.DeleteExtIdpDto;
    /** Request body of `deleteGroupsBatch`. */
    DeleteGroupsReqDto: Schemas.DeleteGroupsReqDto;
    /** Request body of `batchDeleteInvitationPolicies`. */
    DeleteInvitationPolicyByIdsDto: Schemas.DeleteInvitationPolicyByIdsDto;
    /** Request body of `deleteInvitationRosterBatch`. */
    DeleteInvitationRosterBatchDto: Schemas.DeleteInvitationRosterBatchDto;
    /** Request body of `deleteInvitationRoster`. */
    DeleteInvitationRosterDto: Schemas.DeleteInvitationRosterDto;
    /** Request body of `deleteNamespace`. */
    DeleteNamespaceDto: Schemas.DeleteNamespaceDto;
    /** Request body of `deleteNamespacesBatch`. */
    DeleteNamespacesBatchDto: Schemas.DeleteNamespacesBatchDto;
    /** Request body of `deleteOrganization`. */
    DeleteOrganizationReqDto: Schemas.DeleteOrganizationReqDto;
    /** Request body of `deletePermissionNamespace`. */
    DeletePermissionNamespaceDto: Schemas.DeletePermissionNamespaceDto;
    /** Request body of `deletePermissionNamespacesBatch`. */
    DeletePermissionNamespacesBatchDto: Schemas.DeletePermissionNamespacesBatchDto;
    /** Request body of `deletePipelineFunction`. */
    DeletePipelineFunctionDto: Schemas.DeletePipelineFunctionDto;
    /** Request body of `deletePublicAccountsBatch`. */
    DeletePublicAccountsBatchDto: Schemas.DeletePublicAccountsBatchDto;
    /** Part of `DeletePublicAccountsBatchDto.options`. */
    DeletePublicAccountsBatchOptionsDto: Schemas.DeletePublicAccountsBatchOptionsDto;
    /** Request body of `deleteResource`. */
    DeleteResourceDto: Schemas.DeleteResourceDto;
    /** Request body of `deleteResourcesBatch`. */
    DeleteResourcesBatchDto: Schemas.DeleteResourcesBatchDto;
    /** Request body of `deleteRoles`. */
    DeleteRoleBatchDto: Schemas.DeleteRoleBatchDto;
    /** Request body of `deleteRolesBatch`. */
    DeleteRoleDto: Schemas.DeleteRoleDto;
    /** Request body of `deleteInvitees`. */
    DeleteRosterUsersDto: Schemas.DeleteRosterUsersDto;
    /** Request body of `deleteTenant`. */
    DeleteTenantDto: Schemas.DeleteTenantDto;
    /** Request body of `deleteDevice`. */
    DeleteTerminalUserDto: Schemas.DeleteTerminalUserDto;
    /** Request body of `deleteUserSyncRelations`. */
    DeleteUserSyncRelationReqDto: Schemas.DeleteUserSyncRelationReqDto;
    /** Request body of `deleteUsersBatch`. */
    DeleteUsersBatchDto: Schemas.DeleteUsersBatchDto;
    /** Part of `DeleteUsersBatchDto.options`. */
    DeleteUsersBatchOptionsDto: Schemas.DeleteUsersBatchOptionsDto;
    /** Request body of `deleteWebhook`. */
    DeleteWebhookDto: Schemas.DeleteWebhookDto;
    /** Request body of `deleteWhitelist`. */
    DeleteWhitelistDto: Schemas.DeleteWhitelistDto;
    /** Request body of `deleteWhitelistOfApp`. */
    DeleteWhitelistOfAppDto: Schemas.DeleteWhitelistOfAppDto;
    /** Part of `DepartmentListRespDto.data`, `DepartmentPagingDto.list` and `DepartmentSingleRespDto.data`. */
    DepartmentDto: Schemas.DepartmentDto;
    /** Part of `CreateDepartmentReqDto.i18n`, `DepartmentDto.i18n` and `InvitationDepartmentRespDto.i18n` and others. */
    DepartmentI18nDto: Schemas.DepartmentI18nDto;
    /** What `searchDepartments` and `searchDepartmentsList` answer. */
    DepartmentListRespDto: Schemas.DepartmentListRespDto;
    /** What `listChildrenDepartments` and `getAllDepartments` answer. */
    DepartmentPaginatedRespDto: Schemas.DepartmentPaginatedRespDto;
    /** Part of `DepartmentPaginatedRespDto.data`. */
    DepartmentPagingDto: Schemas.DepartmentPagingDto;
    /** What `getDepartment`, `getDepartmentAllApp`, `createDepartment`, `updateDepartment` and 2 more answer. */
    DepartmentSingleRespDto: Schemas.DepartmentSingleRespDto;
    /** Part of `SearchDepartmentsListReqDto.sort`. */
    DepartmentSortingDto: Schemas.DepartmentSortingDto;
    /** Part of `GetDeviceExclusiveValidScopeAppRespDto.data`. */
    DeviceExclusiveValidScopeAppDataDto: Schemas.DeviceExclusiveValidScopeAppDataDto;
    /** Part of `GetDeviceExclusiveRuleDataDto.deviceRule` and `UpdateDeviceExclusiveRuleDto.deviceRule`. */
    DeviceRuleDto: Schemas.DeviceRuleDto;
    /** What `getDeviceStatus` answers. */
    DeviceStatusRespDto: Schemas.DeviceStatusRespDto;
    /** Part of `DeviceStatusRespDto.data`. */
    DeviceStatusResponseDataDto: Schemas.DeviceStatusResponseDataDto;
    /** Part of `ListDnefPaginatedRespDto.data`. */
    DnefPaginatedRespDto: Schemas.DnefPaginatedRespDto;
    /** Part of `CreateFunctionModelFieldDto.dropDown`. */
    DropDownItemDto: Schemas.DropDownItemDto;
    /** Part of `EmailProviderRespDto.data`. */
    EmailProviderDto: Schemas.EmailProviderDto;
    /** What `getEmailProvider` and `configEmailProvider` answer. */
    EmailProviderRespDto: Schemas.EmailProviderRespDto;
    /** Part of `GetEmailTemplatesDataDto.categories`. */
    EmailTemplateCategoryDto: Schemas.EmailTemplateCategoryDto;
    /** Part of `EmailTemplateSingleItemRespDto.data`, `GetEmailTemplateRespDto.data` and `GetEmailTemplatesDataDto.templates`. */
    EmailTemplateDto: Schemas.EmailTemplateDto;
    /** Request body of `getInviteEmailTemplate`. */
    EmailTemplateQueryDto: Schemas.EmailTemplateQueryDto;
    /** What `updateEmailTemplate` answers. */
    EmailTemplateSingleItemRespDto: Schemas.EmailTemplateSingleItemRespDto;
    /** Part of `AppValidateRuleDto.i18n`. */
    ErrMsgI18nDto: Schemas.ErrMsgI18nDto;
    /** Part of `EventAppPagingDto.list`. */
    EventAppDto: Schemas.EventAppDto;
    /** What `listEventApps` answers. */
    EventAppPaginatedRespDto: Schemas.EventAppPaginatedRespDto;
    /** Part of `EventAppPaginatedRespDto.data`. */
    EventAppPagingDto: Schemas.EventAppPagingDto;
    /** Part of `FilterDto.expand`. */
    Expand: Schemas.Expand;
    /** Request body of `exportModel`. */
    ExportMetadataDto: Schemas.ExportMetadataDto;
    /** Request body of `exportMetadata`. */
    ExportModelDto: Schemas.ExportModelDto;
    /** Request body of `exportUsers`. */
    ExportUsersDto: Schemas.ExportUsersDto;
    /** Part of `ExtIdpConnDetailSingleRespDto.data`. */
    ExtIdpConnDetail: Schemas.ExtIdpConnDetail;
    /** What `createExtIdpConn` and `updateExtIdpConn` answer. */
    ExtIdpConnDetailSingleRespDto: Schemas.ExtIdpConnDetailSingleRespDto;
    /** Part of `ExtIdpDetailSingleRespDto.data`. */
    ExtIdpDetail: Schemas.ExtIdpDetail;
    /** What `getExtIdp` answers. */
    ExtIdpDetailSingleRespDto: Schemas.ExtIdpDetailSingleRespDto;
    /** Part of `ExtIdpListPagingDto.list` and `ExtIdpSingleRespDto.data`. */
    ExtIdpDto: Schemas.ExtIdpDto;
    /** What `listExtIdp`, `listTenantExtIdp` and `extIdpConnStateByApps` answer. */
    ExtIdpListPaginatedRespDto: Schemas.ExtIdpListPaginatedRespDto;
    /** Part of `ExtIdpListPaginatedRespDto.data`. */
    ExtIdpListPagingDto: Schemas.ExtIdpListPagingDto;
    /** What `createExtIdp` and `updateExtIdp` answer. */
    ExtIdpSingleRespDto: Schemas.ExtIdpSingleRespDto;
    /** Part of `BatchCreateDnefReq.fieldList`, `CreateDataResourceDto.extendFieldList` and `CreateDataResourceRespDto.extendFieldList` and others. */
    ExtendField: Schemas.ExtendField;
    /** Part of `GetExtendsFieldsDto.extendsFields`. */
    ExtendsFieldDto: Schemas.ExtendsFieldDto;
    /** Part of `ApprovalDetailDto.extraParams`. */
    ExtraParams: Schemas.ExtraParams;
    /** Request body of `listRow`. */
    FilterDto: Schemas.FilterDto;
    /** What `listField` answers. */
    FunctionFieldListResDto: Schemas.FunctionFieldListResDto;
    /** Part of `FunctionModelListDto.list` and `FunctionModelResDto.data`. */
    FunctionModelDto: Schemas.FunctionModelDto;
    /** Part of `FunctionFieldListResDto.data` and `FunctionModelFieldResDto.data`. */
    FunctionModelFieldDto: Schemas.FunctionModelFieldDto;
    /** Request body of `remoteField`. */
    FunctionModelFieldIdDto: Schemas.FunctionModelFieldIdDto;
    /** What `createField` and `updateField` answer. */
    FunctionModelFieldResDto: Schemas.FunctionModelFieldResDto;
    /** Request body of `removeModel`. */
    FunctionModelIdDto: Schemas.FunctionModelIdDto;
    /** What `listModel` answers. */
    FunctionModelListDto: Schemas.FunctionModelListDto;
    /** Request body of `removeOperate`, `executeOperate` and `copyOperate`. */
    FunctionModelOperateIdDto: Schemas.FunctionModelOperateIdDto;
    /** What `createModel`, `getModel` and `updateModel` answer. */
    FunctionModelResDto: Schemas.FunctionModelResDto;
    /** Part of `FunctionModelValueListResDto.data`. */
    FunctionModelValueListDto: Schemas.FunctionModelValueListDto;
    /** What `listRow`, `getAllMetadata` and `getMetadataGroupList` answer. */
    FunctionModelValueListResDto: Schemas.FunctionModelValueListResDto;
    /** What `getRow`, `getRowByValue`, `createRow` and `updateRow` answer. */
    FunctionModelValueResDto: Schemas.FunctionModelValueResDto;
    /** Part of `GenerateInvitationLinkRespDto.data`. */
    GenerateInvitationLinkDto: Schemas.GenerateInvitationLinkDto;
    /** What `generateUniversalInvitation` answers. */
    GenerateInvitationLinkRespDto: Schemas.GenerateInvitationLinkRespDto;
    /** Request body of `generateInviteTenantUserLink`. */
    GenerateInviteTenantUserLink: Schemas.GenerateInviteTenantUserLink;
    /** Part of `AdminAuditLogDto.geoip` and `UserActionLogDto.geoip`. */
    GeoIp: Schemas.GeoIp;
    /** Part of `GeoIp.location`. */
    GeoIpLocation: Schemas.GeoIpLocation;
    /** Part of `GetAccessKeyResponseDto.data`. */
    GetAccessKeyRespDto: Schemas.GetAccessKeyRespDto;
    /** What `getAccessKey` answers. */
    GetAccessKeyResponseDto: Schemas.GetAccessKeyResponseDto;
    /** Request body of `getAdminAuditLogs`. */
    GetAdminAuditLogsDto: Schemas.GetAdminAuditLogsDto;
    /** Part of `GetAllRowByScrollidResDto.data`. */
    GetAllRowByScrollidDto: Schemas.GetAllRowByScrollidDto;
    /** What `getAllMetadataRow` answers. */
    GetAllRowByScrollidResDto: Schemas.GetAllRowByScrollidResDto;
    /** Request body of `getAllMetadata`. */
    GetAllRowDto: Schemas.GetAllRowDto;
    /** Request body of `getAllMetadataRow`. */
    GetAllRowVyScrollidDto: Schemas.GetAllRowVyScrollidDto;
    /** Part of `GetApplicationPermissionStrategyRespDto.data`. */
    GetApplicationPermissionStrategyDataDto: Schemas.GetApplicationPermissionStrategyDataDto;
    /** What `getApplicationPermissionStrategy` answers. */
    GetApplicationPermissionStrategyRespDto: Schemas.GetApplicationPermissionStrategyRespDto;
    /** Part of `GetApplicationSecretRespDto.data`. */
    GetApplicationSecretDataDto: Schemas.GetApplicationSecretDataDto;
    /** What `getApplicationSecret` answers. */
    GetApplicationSecretRespDto: Schemas.GetApplicationSecretRespDto;
    /** Part of `GetAsaAccountAssignedTargetRespDto.data`. */
    GetAsaAccountAssignedTargetDataDto: Schemas.GetAsaAccountAssignedTargetDataDto;
    /** What `getAsaAccountAssignedTargets` answers. */
    GetAsaAccountAssignedTargetRespDto: Schemas.GetAsaAccountAssignedTargetRespDto;
    /** Request body of `getAsaAccountBatch`. */
    GetAsaAccountBatchDto: Schemas.GetAsaAccountBatchDto;
    /** What `getCustomData` answers. */
    GetCustomDataRespDto: Schemas.GetCustomDataRespDto;
    /** Part of `GetDataPolicyResponseDto.data`. */
    GetDataPolicyRespDto: Schemas.GetDataPolicyRespDto;
    /** What `getDataPolicy` answers. */
    GetDataPolicyResponseDto: Schemas.GetDataPolicyResponseDto;
    /** Part of `GetDataResourceResponseDto.data`. */
    GetDataResourceRespDto: Schemas.GetDataResourceRespDto;
    /** What `getDataResource` answers. */
    GetDataResourceResponseDto: Schemas.GetDataResourceResponseDto;
    /** Request body of `getDepartmentAllApp`. */
    GetDepartmentByIdReqDto: Schemas.GetDepartmentByIdReqDto;
    /** Part of `GetDeviceExclusiveRuleRespDto.data`. */
    GetDeviceExclusiveRuleDataDto: Schemas.GetDeviceExclusiveRuleDataDto;
    /** What `getRuleSettings` and `updateRuleSettings` answer. */
    GetDeviceExclusiveRuleRespDto: Schemas.GetDeviceExclusiveRuleRespDto;
    /** What `findAppLists` answers. */
    GetDeviceExclusiveValidScopeAppRespDto: Schemas.GetDeviceExclusiveValidScopeAppRespDto;
    /** Part of `GetDeviceExclusiveValidScopeRespDto.data`. */
    GetDeviceExclusiveValidScopeDataDto: Schemas.GetDeviceExclusiveValidScopeDataDto;
    /** What `getAllValidScopeSettings` answers. */
    GetDeviceExclusiveValidScopeRespDto: Schemas.GetDeviceExclusiveValidScopeRespDto;
    /** Part of `GetDeviceExclusiveWhiteListRespDto.data`. */
    GetDeviceExclusiveWhiteListDataDto: Schemas.GetDeviceExclusiveWhiteListDataDto;
    /** What `getAllWhiteListSettings` answers. */
    GetDeviceExclusiveWhiteListRespDto: Schemas.GetDeviceExclusiveWhiteListRespDto;
    /** What `getInviteEmailTemplate` and `updateInviteEmailTemplate` answer. */
    GetEmailTemplateRespDto: Schemas.GetEmailTemplateRespDto;
    /** Part of `GetEmailTemplatesRespDto.data`. */
    GetEmailTemplatesDataDto: Schemas.GetEmailTemplatesDataDto;
    /** What `getEmailTemplates` answers. */
    GetEmailTemplatesRespDto: Schemas.GetEmailTemplatesRespDto;
    /** Part of `GetExtendsFieldsRespDto.data`. */
    GetExtendsFieldsDto: Schemas.GetExtendsFieldsDto;
    /** What `listRegisterExtendsFields` and `updateRegisterExtendsFields` answer. */
    GetExtendsFieldsRespDto: Schemas.GetExtendsFieldsRespDto;
    /** Part of `GetExternalUserResourceStructRespDto.data`. */
    GetExternalUserResourceStructDataDto: Schemas.GetExternalUserResourceStructDataDto;
    /** Request body of `getExternalUserResourceStruct`. */
    GetExternalUserResourceStructDto: Schemas.GetExternalUserResourceStructDto;
    /** What `getExternalUserResourceStruct` answers. */
    GetExternalUserResourceStructRespDto: Schemas.GetExternalUserResourceStructRespDto;
    /** What `importTemplate`, `upload` and `exportUsers` answer. */
    GetImportExportTemplateRespDto: Schemas.GetImportExportTemplateRespDto;
    /** What `importUsers` answers. */
    GetImportInviteeRespDto: Schemas.GetImportInviteeRespDto;
    /** What `getImportTemplate` answers. */
    GetImportTemplateResDto: Schemas.GetImportTemplateResDto;
    /** Part of `GetInvitationPolicyRespDto.data`, `InvitationRosterDto.assignedPolicy` and `PaginationInvitationPolicyDataDto.list`. */
    GetInvitationPolicyDto: Schemas.GetInvitationPolicyDto;
    /** What `createInvitationPolicy`, `getPolicyDetailById`, `copyInvitationPolicyById` and `updateInvitationPolicy` answer. */
    GetInvitationPolicyRespDto: Schemas.GetInvitationPolicyRespDto;
    /** What `getUserMfaStatus` and `getMfaTriggerData` answer. */
    GetMapInfoRespDto: Schemas.GetMapInfoRespDto;
    /** Part of `GetMapInfoRespDto.data` and `SetMfaStatusDto.mfaTriggerData`. */
    GetMfaInfoDataDto: Schemas.GetMfaInfoDataDto;
    /** Part of `CostGetOrdersRespDto.data`. */
    GetOrdersRes: Schemas.GetOrdersRes;
    /** What `getOtpSecretByUser` answers. */
    GetOtpSecretRespDto: Schemas.GetOtpSecretRespDto;
    /** What `getPermissionNamespacesBatch` answers. */
    GetPermissionNamespaceListResponseDto: Schemas.GetPermissionNamespaceListResponseDto;
    /** Part of `GetPermissionNamespaceListResponseDto.data` and `GetPermissionNamespaceResponseDto.data`. */
    GetPermissionNamespaceRespDto: Schemas.GetPermissionNamespaceRespDto;
    /** What `getPermissionNamespace` answers. */
    GetPermissionNamespaceResponseDto: Schemas.GetPermissionNamespaceResponseDto;
    /** Request body of `getPostById`. */
    GetPostByIdListDto: Schemas.GetPostByIdListDto;
    /** Request body of `getRelationInfo`. */
    GetRelationInfoDto: Schemas.GetRelationInfoDto;
    /** Part of `GetResourceAuthorizedTargetRespDto.data`. */
    GetResourceAuthorizedTargetDataDto: Schemas.GetResourceAuthorizedTargetDataDto;
    /** What `getResourceAuthorizedTargets` answers. */
    GetResourceAuthorizedTargetRespDto: Schemas.GetResourceAuthorizedTargetRespDto;
    /** Request body of `getResourceAuthorizedTargets`. */
    GetResourceAuthorizedTargetsDto: Schemas.GetResourceAuthorizedTargetsDto;
    /** Request body of `getRowBatch`. */
    GetRowBatchDto: Schemas.GetRowBatchDto;
    /** Part of `GetSubjectAuthRespDto.data`. */
    GetSubjectAuthDataDto: Schemas.GetSubjectAuthDataDto;
    /** What `detailAuthSubject` answers. */
    GetSubjectAuthRespDto: Schemas.GetSubjectAuthRespDto;
    /** Request body of `deleteTenantAdmin`. */
    GetTenantUserDto: Schemas.GetTenantUserDto;
    /** Part of `GetUniversalInvitationRespDto.data`. */
    GetUniversalInvitationDto: Schemas.GetUniversalInvitationDto;
    /** What `getUniversalInvitation` and `updateUniversalInvitation` answer. */
    GetUniversalInvitationRespDto: Schemas.GetUniversalInvitationRespDto;
    /** Request body of `getUserActionLogs`. */
    GetUserActionLogsDto: Schemas.GetUserActionLogsDto;
    /** Part of `GetUserEncryptPasswordBatchRespDto.data`. */
    GetUserEncryptPasswordBatchDataDto: Schemas.GetUserEncryptPasswordBatchDataDto;
    /** Request body of `getUserEncryptPasswordBatch`. */
    GetUserEncryptPasswordBatchDto: Schemas.GetUserEncryptPasswordBatchDto;
    /** What `getUserEncryptPasswordBatch` answers. */
    GetUserEncryptPasswordBatchRespDto: Schemas.GetUserEncryptPasswordBatchRespDto;
    /** Part of `GetUserPasswordCiphertextRespDto.data`. */
    GetUserPasswordCiphertextDataDto: Schemas.GetUserPasswordCiphertextDataDto;
    /** Request body of `getUserPasswordCiphertext`. */
    GetUserPasswordCiphertextDto: Schemas.GetUserPasswordCiphertextDto;
    /** What `getUserPasswordCiphertext` answers. */
    GetUserPasswordCiphertextRespDto: Schemas.GetUserPasswordCiphertextRespDto;
    /** Part of `GetUserPermissionListRespDto.data`. */
    GetUserPermissionListDataDto: Schemas.GetUserPermissionListDataDto;
    /** Request body of `getUserPermissionList`. */
    GetUserPermissionListDto: Schemas.GetUserPermissionListDto;
    /** What `getUserPermissionList` answers. */
    GetUserPermissionListRespDto: Schemas.GetUserPermissionListRespDto;
    /** Part of `GetUserResourcePermissionListDataDto.permissionList`. */
    GetUserResourcePermissionList: Schemas.GetUserResourcePermissionList;
    /** Part of `GetUserResourcePermissionListRespDto.data`. */
    GetUserResourcePermissionListDataDto: Schemas.GetUserResourcePermissionListDataDto;
    /** Request body of `getUserResourcePermissionList`. */
    GetUserResourcePermissionListDto: Schemas.GetUserResourcePermissionListDto;
    /** What `getUserResourcePermissionList` answers. */
    GetUserResourcePermissionListRespDto: Schemas.GetUserResourcePermissionListRespDto;
    /** Part of `GetUserResourceStructRespDto.data`. */
    GetUserResourceStructDataDto: Schemas.GetUserResourceStructDataDto;
    /** Request body of `getUserResourceStruct`. */
    GetUserResourceStructDto: Schemas.GetUserResourceStructDto;
    /** What `getUserResourceStruct` answers. */
    GetUserResourceStructRespDto: Schemas.GetUserResourceStructRespDto;
    /** What `getWebhook` answers. */
    GetWebhookRespDto: Schemas.GetWebhookRespDto;
    /** Part of `GetWebhooksRespDto.data`. */
    GetWebhooksData: Schemas.GetWebhooksData;
    /** What `listWebhooks` answers. */
    GetWebhooksRespDto: Schemas.GetWebhooksRespDto;
    /** Part of `GetWechatAccessTokenInfoRespDto.data`. */
    GetWechatAccessTokenDataDto: Schemas.GetWechatAccessTokenDataDto;
    /** Request body of `getWechatMpAccessTokenInfo`. */
    GetWechatAccessTokenDto: Schemas.GetWechatAccessTokenDto;
    /** What `getWechatMpAccessTokenInfo` answers. */
    GetWechatAccessTokenInfoRespDto: Schemas.GetWechatAccessTokenInfoRespDto;
    /** Part of `CostCurrentPackageInfo.goodsPackage`. */
    GoodsPackageDto: Schemas.GoodsPackageDto;
    /** Part of `ListPermissionViewRespDto.groupList`. */
    GroupBo: Schemas.GroupBo;
    /** Part of `CreateOrUpdateGroupDataDto.data`, `GroupListRespDto.data` and `GroupSingleRespDto.data` and others. */
    GroupDto: Schemas.GroupDto;
    /** What `getAllGroups` and `createGroupsBatch` answer. */
    GroupListRespDto: Schemas.GroupListRespDto;
    /** What `getUserGroups`, `getGroupsOfPublicAccount` and `listGroups` answer. */
    GroupPaginatedRespDto: Schemas.GroupPaginatedRespDto;
    /** Part of `GroupPaginatedRespDto.data`. */
    GroupPagingDto: Schemas.GroupPagingDto;
    /** What `getGroup`, `createGroup` and `updateGroup` answer. */
    GroupSingleRespDto: Schemas.GroupSingleRespDto;
    /** Part of `HasAnyRoleRespDto.data`. */
    HasAnyRoleDto: Schemas.HasAnyRoleDto;
    /** Part of `HasAnyRoleReqDto.options`. */
    HasAnyRoleOptionsDto: Schemas.HasAnyRoleOptionsDto;
    /** Request body of `hasAnyRole`. */
    HasAnyRoleReqDto: Schemas.HasAnyRoleReqDto;
    /** What `hasAnyRole` answers. */
    HasAnyRoleRespDto: Schemas.HasAnyRoleRespDto;
    /** Part of `HasAnyRoleReqDto.roles`. */
    HasRoleRolesDto: Schemas.HasRoleRolesDto;
    /** Part of `GetDeviceExclusiveRuleDataDto.ipRule` and `UpdateDeviceExclusiveRuleDto.ipRule`. */
    IPRuleDto: Schemas.IPRuleDto;
    /** Part of `UpdateLoginConfig.ssoPageCustomizationSettings` and `UserPoolTenantConfigDto.ssoPageCustomizationSettings`. */
    ISsoPageCustomizationSettingsDto: Schemas.ISsoPageCustomizationSettingsDto;
    /** Part of `IdentityListRespDto.data` and `UserDto.identities`. */
    IdentityDto: Schemas.IdentityDto;
    /** What `getUserIdentities` answers. */
    IdentityListRespDto: Schemas.IdentityListRespDto;
    /** Part of `GetImportExportTemplateRespDto.data`. */
    ImportExportTemplateRespDto: Schemas.ImportExportTemplateRespDto;
    /** Part of `GetImportInviteeRespDto.data`. */
    ImportInviteeDto: Schemas.ImportInviteeDto;
    /** Request body of `importModel`. */
    ImportMetadataDto: Schemas.ImportMetadataDto;
    /** Request body of `importMetadata`. */
    ImportModelDto: Schemas.ImportModelDto;
    /** Part of `ImportOtpItemDto.otp`. */
    ImportOtpItemDataDto: Schemas.ImportOtpItemDataDto;
    /** Part of `ImportOtpReqDto.list`. */
    ImportOtpItemDto: Schemas.ImportOtpItemDto;
    /** Request body of `importOtp`. */
    ImportOtpReqDto: Schemas.ImportOtpReqDto;
    /** Part of `ImportTenantRespDto.data`. */
    ImportTenantDataDto: Schemas.ImportTenantDataDto;
    /** Request body of `importTenant`. */
    ImportTenantDto: Schemas.ImportTenantDto;
    /** Part of `ImportTenantHistoryRespDto.data`. */
    ImportTenantHistoryDataDto: Schemas.ImportTenantHistoryDataDto;
    /** What `importTenantHistory` answers. */
    ImportTenantHistoryRespDto: Schemas.ImportTenantHistoryRespDto;
    /** Part of `ImportTenantNotifyUserRespDto.data`. */
    ImportTenantNotifyUseDataDto: Schemas.ImportTenantNotifyUseDataDto;
    /** What `importTenantNotifyUser` answers. */
    ImportTenantNotifyUserRespDto: Schemas.ImportTenantNotifyUserRespDto;
    /** What `importTenant` answers. */
    ImportTenantRespDto: Schemas.ImportTenantRespDto;
    /** Request body of `importUsers`. */
    ImportUsersDto: Schemas.ImportUsersDto;
    /** Part of `GetUniversalInvitationDto.adminInvitationConfig` and `GetUniversalInvitationDto.memberInvitationConfig`. */
    InvitationConfigDto: Schemas.InvitationConfigDto;
    /** Part of `UserAttributionDto.targetDetail` and `UserAttributionMainDepartmentDto.departmentDetail`. */
    InvitationDepartmentRespDto: Schemas.InvitationDepartmentRespDto;
    /** Part of `CreateInvitationPolicyDto.inviteLinkConfig` and `UpdateInvitationPolicyDto.inviteLinkConfig`. */
    InvitationLinkConfigDto: Schemas.InvitationLinkConfigDto;
    /** Part of `AddInvitationPolicyUserAttributionsBatchDto.targets` and `RemoveInvitationPolicyUserAttributionsBatchDto.targets`. */
    InvitationPolicyUserAttributionListDto: Schemas.InvitationPolicyUserAttributionListDto;
    /** Part of `UserAttributionDto.targetDetail`. */
    InvitationPostRespDto: Schemas.InvitationPostRespDto;
    /** Part of `InvitationRosterPaginationDto.list` and `InvitationRosterSingleRespDto.data`. */
    InvitationRosterDto: Schemas.InvitationRosterDto;
    /** Part of `InvitationRosterPaginationRespDto.data`. */
    InvitationRosterPaginationDto: Schemas.InvitationRosterPaginationDto;
    /** What `listInvitationRoster`, `listInvitationRostersByPolicyId` and `listInvitationRostersByNonPolicyId` answer. */
    InvitationRosterPaginationRespDto: Schemas.InvitationRosterPaginationRespDto;
    /** What `getInvitationRoster`, `createInvitationRoster` and `updateInvitationRoster` answer. */
    InvitationRosterSingleRespDto: Schemas.InvitationRosterSingleRespDto;
    /** Part of `InvitationUserPaginationDto.list`. */
    InvitationUserDto: Schemas.InvitationUserDto;
    /** Part of `InvitationUserPaginationRespDto.data`. */
    InvitationUserPaginationDto: Schemas.InvitationUserPaginationDto;
    /** What `filterUsers` answers. */
    InvitationUserPaginationRespDto: Schemas.InvitationUserPaginationRespDto;
    /** Part of `InviteTenantUserRecordListDto.list` and `InviteTenantUsersDto.list`. */
    InviteTenantUserRecord: Schemas.InviteTenantUserRecord;
    /** Part of `InviteTenantUserRecordListRespDto.data`. */
    InviteTenantUserRecordListDto: Schemas.InviteTenantUserRecordListDto;
    /** What `listInviteTennatUserRecords` answers. */
    InviteTenantUserRecordListRespDto: Schemas.InviteTenantUserRecordListRespDto;
    /** Part of `InviteTenantUsersRespDto.data`. */
    InviteTenantUsersDto: Schemas.InviteTenantUsersDto;
    /** What `generateInviteTenantUserLink` answers. */
    InviteTenantUsersRespDto: Schemas.InviteTenantUsersRespDto;
    /** Request body of `add`. */
    IpListCreateDto: Schemas.IpListCreateDto;
    /** What `findIpList` answers. */
    IpListPaginatedRespDto: Schemas.IpListPaginatedRespDto;
    /** Part of `IpListPaginatedRespDto.data`. */
    IpListPagingDto: Schemas.IpListPagingDto;
    /** Part of `IpListPagingDto.list`. */
    IpListRespDto: Schemas.IpListRespDto;
    /** Part of `IsActionAllowedRespDtp.data`. */
    IsActionAllowedDataDto: Schemas.IsActionAllowedDataDto;
    /** Request body of `isActionAllowed`. */
    IsActionAllowedDto: Schemas.IsActionAllowedDto;
    /** What `isActionAllowed` answers. */
    IsActionAllowedRespDtp: Schemas.IsActionAllowedRespDtp;
    /** What `deleteWhitelistOfApp` and `deleteWhitelist` answer. */
    IsSuccessDto: Schemas.IsSuccessDto;
    /** What `deletePublicAccountsBatch`, `kickPublicAccounts`, `changeIntoPublicAccount`, `bindUsersPublicAccount` and 103 more answer. */
    IsSuccessRespDto: Schemas.IsSuccessRespDto;
    /** Part of `IsUserExistsRespDto.data`. */
    IsUserExistsDto: Schemas.IsUserExistsDto;
    /** Request body of `isUserExists`. */
    IsUserExistsReqDto: Schemas.IsUserExistsReqDto;
    /** What `isUserExists` answers. */
    IsUserExistsRespDto: Schemas.IsUserExistsRespDto;
    /** Part of `IsUserInDepartmentRespDto.data`. */
    IsUserInDepartmentDataDto: Schemas.IsUserInDepartmentDataDto;
    /** What `isUserInDepartment` answers. */
    IsUserInDepartmentRespDto: Schemas.IsUserInDepartmentRespDto;
    /** Request body of `kickPublicAccounts`. */
    KickPublicAccountsDto: Schemas.KickPublicAccountsDto;
    /** Part of `KickPublicAccountsDto.options`. */
    KickPublicAccountsOptionsDto: Schemas.KickPublicAccountsOptionsDto;
    /** Request body of `kickUsers`. */
    KickUsersDto: Schemas.KickUsersDto;
    /** Part of `KickUsersDto.options`. */
    KickUsersOptionsDto: Schemas.KickUsersOptionsDto;
    /** Part of `CustomFieldI18n.label`, `DepartmentI18nDto.name` and `OrganizationNameI18nDto.organizationName`. */
    LangObject: Schemas.LangObject;
    /** Part of `ErrMsgI18nDto.errorMessage`, `LangObject.zh-CN` and `LangObject.en-US` and others. */
    LangUnit: Schemas.LangUnit;
    /** Part of `UpdateLoginConfig.config`. */
    LanguageCoinfigDto: Schemas.LanguageCoinfigDto;
    /** Part of `LanguageCoinfigDto.global`. */
    LanguageCoinfigGlobalDto: Schemas.LanguageCoinfigGlobalDto;
    /** Part of `PipelineFunctionDto.lastExecuteStatus`. */
    LastExecuteStatus: Schemas.LastExecuteStatus;
    /** Part of `LdapConfigInfoRespDto.data`. */
    LdapConfigInfoDto: Schemas.LdapConfigInfoDto;
    /** What `queryLdapConfigInfo` answers. */
    LdapConfigInfoRespDto: Schemas.LdapConfigInfoRespDto;
    /** What `getBindPwd` answers. */
    LdapGetBindPwdRespDto: Schemas.LdapGetBindPwdRespDto;
    /** Part of `LdapLogRespDto.data`. */
    LdapLogDto: Schemas.LdapLogDto;
    /** What `queryLdapLog` and `queryLdapSubEntries` answer. */
    LdapLogRespDto: Schemas.LdapLogRespDto;
    /** What `updateLdapConfigInfo`, `saveLdapConfigInfo` and `disableLdapServer` answer. */
    LdapOperateRespDto: Schemas.LdapOperateRespDto;
    /** Request body of `saveLdapConfigInfo`. */
    LdapSaveDto: Schemas.LdapSaveDto;
    /** Request body of `disableLdapServer`. */
    LdapSetEnabledFlagDto: Schemas.LdapSetEnabledFlagDto;
    /** Request body of `updateLdapConfigInfo`. */
    LdapUpdateDto: Schemas.LdapUpdateDto;
    /** Part of `LinkIdentityResDto.data`. */
    LinkIdentityDataDto: Schemas.LinkIdentityDataDto;
    /** Request body of `linkIdentity`. */
    LinkIdentityDto: Schemas.LinkIdentityDto;
    /** What `linkIdentity` answers. */
    LinkIdentityResDto: Schemas.LinkIdentityResDto;
    /** Part of `ListAccessKeyResponseDto.data`. */
    ListAccessKeyRespDto: Schemas.ListAccessKeyRespDto;
    /** What `getAccessKeyList` answers. */
    ListAccessKeyResponseDto: Schemas.ListAccessKeyResponseDto;
    /** Request body of `listApplicationActiveUsers`. */
    ListApplicationActiveUsersDto: Schemas.ListApplicationActiveUsersDto;
    /** Part of `ListApplicationActiveUsersDto.options`. */
    ListApplicationActiveUsersOptionsDto: Schemas.ListApplicationActiveUsersOptionsDto;
    /** Part of `ListApplicationAuthPaginatedDataDto.list`. */
    ListApplicationAuthDataDto: Schemas.ListApplicationAuthDataDto;
    /** Request body of `listAuthApplication`. */
    ListApplicationAuthDto: Schemas.ListApplicationAuthDto;
    /** Part of `ListApplicationAuthPaginatedRespDto.data`. */
    ListApplicationAuthPaginatedDataDto: Schemas.ListApplicationAuthPaginatedDataDto;
    /** What `listAuthApplication` answers. */
    ListApplicationAuthPaginatedRespDto: Schemas.ListApplicationAuthPaginatedRespDto;
    /** Part of `ListApplicationSubjectDataListDto.list`. */
    ListApplicationSubjectDataDto: Schemas.ListApplicationSubjectDataDto;
    /** Part of `ListApplicationSubjectRespDto.data`. */
    ListApplicationSubjectDataListDto: Schemas.ListApplicationSubjectDataListDto;
    /** What `listAuthSubject` answers. */
    ListApplicationSubjectRespDto: Schemas.ListApplicationSubjectRespDto;
    /** Part of `ArchivedUsersListPagingDto.list`. */
    ListArchivedUsersRespDto: Schemas.ListArchivedUsersRespDto;
    /** What `listArchivedUsers` answers. */
    ListArchivedUsersSingleRespDto: Schemas.ListArchivedUsersSingleRespDto;
    /** Request body of `listAuthSubject`. */
    ListAuthSubjectDto: Schemas.ListAuthSubjectDto;
    /** What `listUserBaseFields` and `listCustFields` answer. */
    ListCistomFieldsResDto: Schemas.ListCistomFieldsResDto;
    /** Part of `ListCistomFieldsResDto.data`. */
    ListCustomFieldsDto: Schemas.ListCustomFieldsDto;
    /** What `listDataPolices` answers. */
    ListDataPoliciesPaginatedRespDto: Schemas.ListDataPoliciesPaginatedRespDto;
    /** Part of `DataPoliciesPaginatedRespDto.list`. */
    ListDataPoliciesRespDto: Schemas.ListDataPoliciesRespDto;
    /** Part of `ListDataPolicySubjectPaginatedRespDto.data`. */
    ListDataPolicySubjectPageDto: Schemas.ListDataPolicySubjectPageDto;
    /** What `listDataPolicyTargets` answers. */
    ListDataPolicySubjectPaginatedRespDto: Schemas.ListDataPolicySubjectPaginatedRespDto;
    /** What `listDataResources` answers. */
    ListDataResourcesPaginatedRespDto: Schemas.ListDataResourcesPaginatedRespDto;
    /** Part of `DataResourcesPaginatedRespDto.list`. */
    ListDataResourcesRespDto: Schemas.ListDataResourcesRespDto;
    /** What `listDnef` answers. */
    ListDnefPaginatedRespDto: Schemas.ListDnefPaginatedRespDto;
    /** Request body of `listInvitationRostersByPolicyId`. */
    ListInvitationRosterByPolicyIdDto: Schemas.ListInvitationRosterByPolicyIdDto;
    /** Request body of `listInvitationRoster` and `listInvitationRostersByNonPolicyId`. */
    ListInvitationRosterDto: Schemas.ListInvitationRosterDto;
    /** Request body of `filterUsers`. */
    ListInvitationUserDto: Schemas.ListInvitationUserDto;
    /** Request body of `listPermissionView`. */
    ListPermissionViewDto: Schemas.ListPermissionViewDto;
    /** Part of `ListPermissionViewResponseDto.data`. */
    ListPermissionViewPaginatedRespDto: Schemas.ListPermissionViewPaginatedRespDto;
    /** Part of `ListPermissionViewPaginatedRespDto.list`. */
    ListPermissionViewRespDto: Schemas.ListPermissionViewRespDto;
    /** What `listPermissionView` answers. */
    ListPermissionViewResponseDto: Schemas.ListPermissionViewResponseDto;
    /** Request body of `postListBatch`. */
    ListPostBatchDto: Schemas.ListPostBatchDto;
    /** Part of `ListPublicAccountsRequestDto.advancedFilter`. */
    ListPublicAccountsAdvancedFilterItemDto: Schemas.ListPublicAccountsAdvancedFilterItemDto;
    /** Part of `ListPublicAccountsRequestDto.options`. */
    ListPublicAccountsOptionsDto: Schemas.ListPublicAccountsOptionsDto;
    /** Request body of `listPublicAccounts`. */
    ListPublicAccountsRequestDto: Schemas.ListPublicAccountsRequestDto;
    /** Part of `ListResourceTargetsRespDto.data`. */
    ListResourceTargetsDataDto: Schemas.ListResourceTargetsDataDto;
    /** Request body of `listResourceTargets`. */
    ListResourceTargetsDto: Schemas.ListResourceTargetsDto;
    /** Part of `ListResourceTargetsDataDto.authUserList`. */
    ListResourceTargetsDtoResp: Schemas.ListResourceTargetsDtoResp;
    /** What `listResourceTargets` answers. */
    ListResourceTargetsRespDto: Schemas.ListResourceTargetsRespDto;
    /** What `listSimpleDataPolices` answers. */
    ListSimpleDataPoliciesPaginatedRespDto: Schemas.ListSimpleDataPoliciesPaginatedRespDto;
    /** Part of `DataPoliciesSimplePaginatedRespDto.list`. */
    ListSimpleDataPoliciesRespDto: Schemas.ListSimpleDataPoliciesRespDto;
    /** Request body of `listTenantAdmin`. */
    ListTenantAdminDto: Schemas.ListTenantAdminDto;
    /** Request body of `listTenantUsers`. */
    ListTenantUserDto: Schemas.ListTenantUserDto;
    /** Part of `ListTenantUserDto.options`. */
    ListTenantUsersOptionsDto: Schemas.ListTenantUsersOptionsDto;
    /** Part of `ListUsersRequestDto.advancedFilter`. */
    ListUsersAdvancedFilterItemDto: Schemas.ListUsersAdvancedFilterItemDto;
    /** Part of `ListUsersRequestDto.options`. */
    ListUsersOptionsDto: Schemas.ListUsersOptionsDto;
    /** Request body of `listUsers`. */
    ListUsersRequestDto: Schemas.ListUsersRequestDto;
    /** Request body of `getWebhookLogs`. */
    ListWebhookLogs: Schemas.ListWebhookLogs;
    /** Part of `ListWebhookLogsRespDto.data`. */
    ListWebhookLogsData: Schemas.ListWebhookLogsData;
    /** What `getWebhookLogs` answers. */
    ListWebhookLogsRespDto: Schemas.ListWebhookLogsRespDto;
    /** Part of `GetAdminAuditLogsDto.pagination` and `GetUserActionLogsDto.pagination`. */
    ListWebhooksDto: Schemas.ListWebhooksDto;
    /** Part of `SecuritySettingsDto.loginAnomalyDetection` and `UpdateSecuritySettingsDto.loginAnomalyDetection`. */
    LoginAnomalyDetectionConfigDto: Schemas.LoginAnomalyDetectionConfigDto;
    /** Part of `LoginAnomalyDetectionConfigDto.loginFailCheck`. */
    LoginFailCheckConfigDto: Schemas.LoginFailCheckConfigDto;
    /** Part of `LoginAnomalyDetectionConfigDto.robotVerifyLoginIpWhitelistCheck`. */
    LoginIpWhitelistCheckConfigDto: Schemas.LoginIpWhitelistCheckConfigDto;
    /** Part of `LoginAnomalyDetectionConfigDto.loginPasswordFailCheck`, `LoginAnomalyDetectionConfigDto.accountLockLoginPasswordFailCheck` and `LoginAnomalyDetectionConfigDto.robotVerifyLoginPasswordFailCheck`. */
    LoginPassowrdFailCheckConfigDto: Schemas.LoginPassowrdFailCheckConfigDto;
    /** Request body of `closeGlobalMfaSettings`. */
    MFADisableSettingsDto: Schemas.MFADisableSettingsDto;
    /** Request body of `updateGlobalMfaSettings`. */
    MFASettingsDto: Schemas.MFASettingsDto;
    /** What `updateApplicationMfaSettings`, `getGlobalMfaSettings`, `updateGlobalMfaSettings` and `closeGlobalMfaSettings` answer. */
    MFASettingsRespDto: Schemas.MFASettingsRespDto;
    /** Part of `CostGetMauPeriodUsageHistoryRespDto.data`. */
    MauPeriodUsageHistory: Schemas.MauPeriodUsageHistory;
    /** Part of `MauPeriodUsageHistory.records`. */
    MauPeriodUsageHistoryDto: Schemas.MauPeriodUsageHistoryDto;
    /** Request body of `getMetadataGroupList`. */
    MetadataGroupDto: Schemas.MetadataGroupDto;
    /** What `getRowBatch` answers. */
    MetadataListResDto: Schemas.MetadataListResDto;
    /** Part of `MultipleTenantAdminListPagingDto.list`. */
    MultipleTenantAdminDto: Schemas.MultipleTenantAdminDto;
    /** Part of `MultipleTenantAdminPaginatedRespDto.data`. */
    MultipleTenantAdminListPagingDto: Schemas.MultipleTenantAdminListPagingDto;
    /** What `listMultipleTenantAdmin` and `getMultipleTenantAdmin` answer. */
    MultipleTenantAdminPaginatedRespDto: Schemas.MultipleTenantAdminPaginatedRespDto;
    /** Part of `NamespaceListRespDto.data` and `NamespaceRespDto.data`. */
    NamespaceDto: Schemas.NamespaceDto;
    /** What `listNamespaces` answers. */
    NamespaceListPaginatedRespDto: Schemas.NamespaceListPaginatedRespDto;
    /** Part of `NamespaceListPaginatedRespDto.data`. */
    NamespaceListPagingDto: Schemas.NamespaceListPagingDto;
    /** What `getNamespacesBatch` answers. */
    NamespaceListRespDto: Schemas.NamespaceListRespDto;
    /** What `createNamespace` and `getNamespace` answer. */
    NamespaceRespDto: Schemas.NamespaceRespDto;
    /** What `listNamespaceRoles` answers. */
    NamespaceRolesListPaginatedRespDto: Schemas.NamespaceRolesListPaginatedRespDto;
    /** Part of `NamespaceRolesListPaginatedRespDto.data`. */
    NamespaceRolesListRespDto: Schemas.NamespaceRolesListRespDto;
    /** Part of `NamespaceListPagingDto.list`. */
    NamespacesListRespDto: Schemas.NamespacesListRespDto;
    /** What `updateNodeStatus` answers. */
    Node: Schemas.Node;
    /** Part of `ListPermissionViewRespDto.nodeList`. */
    NodeBo: Schemas.NodeBo;
    /** Part of `ApplicationDto.oidcConfig`, `CreateApplicationDto.oidcConfig` and `CreateApplicationRespDataDto.oidcConfig` and others. */
    OIDCConfig: Schemas.OIDCConfig;
    /** Part of `ApplicationDto.oauthConfig`, `CreateApplicationDto.oauthConfig` and `CreateApplicationRespDataDto.oauthConfig` and others. */
    OauthIdpConfig: Schemas.OauthIdpConfig;
    /** Part of `OpenEventPagingDto.list`. */
    OpenEventDto: Schemas.OpenEventDto;
    /** What `listEvents` answers. */
    OpenEventPaginatedRespDto: Schemas.OpenEventPaginatedRespDto;
    /** Part of `OpenEventPaginatedRespDto.data`. */
    OpenEventPagingDto: Schemas.OpenEventPagingDto;
    /** Part of `UserPermissionListDto.resourceList`. */
    OpenResource: Schemas.OpenResource;
    /** What `listOperate` and `listOperateAll` answer. */
    OperateModelDto: Schemas.OperateModelDto;
    /** Part of `Config.options`. */
    Option: Schemas.Option;
    /** Part of `CostGetOrderDetailRespDto.data` and `GetOrdersRes.list`. */
    OrderItem: Schemas.OrderItem;
    /** Part of `OrganizationListRespDto.data`, `OrganizationPagingDto.list` and `OrganizationSingleRespDto.data`. */
    OrganizationDto: Schemas.OrganizationDto;
    /** What `getOrganizationsBatch` answers. */
    OrganizationListRespDto: Schemas.OrganizationListRespDto;
    /** Part of `CreateOrganizationReqDto.i18n`, `OrganizationDto.i18n` and `UpdateOrganizationReqDto.i18n`. */
    OrganizationNameI18nDto: Schemas.OrganizationNameI18nDto;
    /** What `listOrganizations` and `searchOrganizations` answer. */
    OrganizationPaginatedRespDto: Schemas.OrganizationPaginatedRespDto;
    /** Part of `OrganizationPaginatedRespDto.data`. */
    OrganizationPagingDto: Schemas.OrganizationPagingDto;
    /** What `getOrganization`, `createOrganization` and `updateOrganization` answer. */
    OrganizationSingleRespDto: Schemas.OrganizationSingleRespDto;
    /** Part of `GetOtpSecretRespDto.data`. */
    OtpSecretRespDto: Schemas.OtpSecretRespDto;
    /** Part of `ListApplicationActiveUsersOptionsDto.pagination`, `ListPublicAccountsOptionsDto.pagination` and `ListTenantUsersOptionsDto.pagination` and others. */
    PaginationDto: Schemas.PaginationDto;
    /** Part of `PaginationInvitationPolicyRespDto.data`. */
    PaginationInvitationPolicyDataDto: Schemas.PaginationInvitationPolicyDataDto;
    /** Request body of `listInvitationPolicies`. */
    PaginationInvitationPolicyQueryDto: Schemas.PaginationInvitationPolicyQueryDto;
    /** What `listInvitationPolicies` answers. */
    PaginationInvitationPolicyRespDto: Schemas.PaginationInvitationPolicyRespDto;
    /** Part of `PaginationUniversalInvitationApplicantRespDto.data`. */
    PaginationUniversalInvitationApplicantDataDto: Schemas.PaginationUniversalInvitationApplicantDataDto;
    /** Request body of `filter`. */
    PaginationUniversalInvitationApplicantQueryDto: Schemas.PaginationUniversalInvitationApplicantQueryDto;
    /** What `filter` answers. */
    PaginationUniversalInvitationApplicantRespDto: Schemas.PaginationUniversalInvitationApplicantRespDto;
    /** Part of `AdminAuditLogDto.ua` and `UserActionLogDto.parsedUserAgent`. */
    ParsedUserAgent: Schemas.ParsedUserAgent;
    /** What `checkPermissionNamespaceExists` answers. */
    PermissionNamespaceCheckExistsRespDto: Schemas.PermissionNamespaceCheckExistsRespDto;
    /** What `listPermissionNamespaces` answers. */
    PermissionNamespaceListPaginatedRespDto: Schemas.PermissionNamespaceListPaginatedRespDto;
    /** Part of `PermissionNamespaceListPaginatedRespDto.data`. */
    PermissionNamespaceListPagingDto: Schemas.PermissionNamespaceListPagingDto;
    /** What `listPermissionNamespaceRoles` answers. */
    PermissionNamespaceRolesListPaginatedRespDto: Schemas.PermissionNamespaceRolesListPaginatedRespDto;
    /** Part of `PermissionNamespaceRolesListPaginatedRespDto.data`. */
    PermissionNamespaceRolesListPagingDto: Schemas.PermissionNamespaceRolesListPagingDto;
    /** Part of `PermissionNamespaceRolesListPagingDto.list`. */
    PermissionNamespaceRolesListRespDto: Schemas.PermissionNamespaceRolesListRespDto;
    /** Part of `PermissionNamespaceListPagingDto.list`. */
    PermissionNamespacesListRespDto: Schemas.PermissionNamespacesListRespDto;
    /** Part of `PipelineFunctionPagingDto.list` and `PipelineFunctionSingleRespDto.data`. */
    PipelineFunctionDto: Schemas.PipelineFunctionDto;
    /** What `listPipelineFunctions` and `getPipelineLogs` answer. */
    PipelineFunctionPaginatedRespDto: Schemas.PipelineFunctionPaginatedRespDto;
    /** Part of `PipelineFunctionPaginatedRespDto.data`. */
    PipelineFunctionPagingDto: Schemas.PipelineFunctionPagingDto;
    /** What `createPipelineFunction`, `getPipelineFunction`, `reuploadPipelineFunction` and `updatePipelineFunction` answer. */
    PipelineFunctionSingleRespDto: Schemas.PipelineFunctionSingleRespDto;
    /** Part of `ListPermissionViewRespDto.dataPolicyList`. */
    PolicyBo: Schemas.PolicyBo;
    /** Part of `AuthorizedResourceDto.condition`. */
    PolicyCondition: Schemas.PolicyCondition;
    /** Request body of `updateRegisterExtendsFields`. */
    PolicyExtendsFieldsDto: Schemas.PolicyExtendsFieldsDto;
    /** Part of `PostListRespDto.data` and `PostRespDto.data`. */
    PostDto: Schemas.PostDto;
    /** Part of `CreatePostRespDto.data`. */
    PostInfoDto: Schemas.PostInfoDto;
    /** Part of `PostPagingDto.list`. */
    PostItemDto: Schemas.PostItemDto;
    /** What `getUserPosts` answers. */
    PostListRespDto: Schemas.PostListRespDto;
    /** What `postList` and `postListBatch` answer. */
    PostPaginatedRespDto: Schemas.PostPaginatedRespDto;
    /** Part of `PostPaginatedRespDto.data`. */
    PostPagingDto: Schemas.PostPagingDto;
    /** What `getPostById` answers. */
    PostRespDto: Schemas.PostRespDto;
    /** Part of `PreviewEmailTemplateRespDto.data`. */
    PreviewEmailTemplateDataDto: Schemas.PreviewEmailTemplateDataDto;
    /** Request body of `previewEmailTemplate`. */
    PreviewEmailTemplateDto: Schemas.PreviewEmailTemplateDto;
    /** What `previewEmailTemplate` answers. */
    PreviewEmailTemplateRespDto: Schemas.PreviewEmailTemplateRespDto;
    /** Part of `PrincipalAuthenticationInfoPagingDto.list`. */
    PrincipalAuthenticationInfoDto: Schemas.PrincipalAuthenticationInfoDto;
    /** What `getUserPrincipalAuthenticationInfo` answers. */
    PrincipalAuthenticationInfoPaginatedRespDto: Schemas.PrincipalAuthenticationInfoPaginatedRespDto;
    /** Part of `PrincipalAuthenticationInfoPaginatedRespDto.data`. */
    PrincipalAuthenticationInfoPagingDto: Schemas.PrincipalAuthenticationInfoPagingDto;
    /** Request body of `verifyEvent` and `pubUserEvent`. */
    PubEventDto: Schemas.PubEventDto;
    /** Part of `PubEventRespDto.data`. */
    PubEventRespDataDto: Schemas.PubEventRespDataDto;
    /** What `verifyEvent` and `pubUserEvent` answer. */
    PubEventRespDto: Schemas.PubEventRespDto;
    /** Part of `PublicAccountListRespDto.data`, `PublicAccountPagingDto.list` and `PublicAccountSingleRespDto.data`. */
    PublicAccountDto: Schemas.PublicAccountDto;
    /** What `getPublicAccountBatch`, `createPublicAccountsBatch` and `updatePublicAccountBatch` answer. */
    PublicAccountListRespDto: Schemas.PublicAccountListRespDto;
    /** What `listPublicAccounts`, `getPublicAccountsOfUser`, `getUsersOfPublicAccount`, `getPublicAccountRoles` and 4 more answer. */
    PublicAccountPaginatedRespDto: Schemas.PublicAccountPaginatedRespDto;
    /** Part of `PublicAccountPaginatedRespDto.data`. */
    PublicAccountPagingDto: Schemas.PublicAccountPagingDto;
    /** What `getPublicAccount`, `createPublicAccount` and `updatePublicAccount` answer. */
    PublicAccountSingleRespDto: Schemas.PublicAccountSingleRespDto;
    /** Part of `SecuritySettingsDto.qrcodeLoginStrategy` and `UpdateSecuritySettingsDto.qrcodeLoginStrategy`. */
    QrcodeLoginStrategyDto: Schemas.QrcodeLoginStrategyDto;
    /** Request body of `findLastLoginAppsByDeviceIds` and `findLastLoginAppsByDeviceIdsV2`. */
    QueryTerminalAppsDto: Schemas.QueryTerminalAppsDto;
    /** Request body of `quickFilterInviteeList`. */
    QuickFilterInvitationUserDto: Schemas.QuickFilterInvitationUserDto;
    /** Part of `QuickFilterInviteePaginationRespDto.data`. */
    QuickFilterInviteePaginationDto: Schemas.QuickFilterInviteePaginationDto;
    /** What `quickFilterInviteeList` answers. */
    QuickFilterInviteePaginationRespDto: Schemas.QuickFilterInviteePaginationRespDto;
    /** Part of `QuickFilterInviteePaginationDto.list`. */
    QuickFilterInviteeRecordDto: Schemas.QuickFilterInviteeRecordDto;
    /** Request body of `reuploadPipelineFunction`. */
    ReUploadPipelineFunctionDto: Schemas.ReUploadPipelineFunctionDto;
    /** Part of `RefreshApplicationSecretRespDto.data`. */
    RefreshApplicationSecretDataDto: Schemas.RefreshApplicationSecretDataDto;
    /** Request body of `refreshApplicationSecret`. */
    RefreshApplicationSecretDto: Schemas.RefreshApplicationSecretDto;
    /** What `refreshApplicationSecret` answers. */
    RefreshApplicationSecretRespDto: Schemas.RefreshApplicationSecretRespDto;
    /** Part of `SecuritySettingsDto.registerAnomalyDetection` and `UpdateSecuritySettingsDto.registerAnomalyDetection`. */
    RegisterAnomalyDetectionConfigDto: Schemas.RegisterAnomalyDetectionConfigDto;
    /** Part of `FunctionModelFieldDto.relationOptionalRange` and `UpdateFunctionModelFieldDto.relationOptionalRange`. */
    RelationOptionalRange: Schemas.RelationOptionalRange;
    /** Request body of `relationSearch`. */
    RelationSearchDto: Schemas.RelationSearchDto;
    /** Part of `RelationValueListResDto.data`. */
    RelationValueListDto: Schemas.RelationValueListDto;
    /** What `getRelationValue`, `getRelationDetails`, `relationSearch` and `copyRowRelation` answer. */
    RelationValueListResDto: Schemas.RelationValueListResDto;
    /** Request body of `removeDepartmentMembers`. */
    RemoveDepartmentMembersReqDto: Schemas.RemoveDepartmentMembersReqDto;
    /** Request body of `removeGroupMembers`. */
    RemoveGroupMembersReqDto: Schemas.RemoveGroupMembersReqDto;
    /** Request body of `removePolicyUserAttribution`. */
    RemoveInvitationPolicyUserAttributionDto: Schemas.RemoveInvitationPolicyUserAttributionDto;
    /** Request body of `removeUserAttributionMainDepartment`. */
    RemoveInvitationPolicyUserAttributionMainDepartmentDto: Schemas.RemoveInvitationPolicyUserAttributionMainDepartmentDto;
    /** Request body of `removePolicyUserAttributionsBatch`. */
    RemoveInvitationPolicyUserAttributionsBatchDto: Schemas.RemoveInvitationPolicyUserAttributionsBatchDto;
    /** Request body of `removePost`. */
    RemovePostDto: Schemas.RemovePostDto;
    /** Request body of `removeRelationValue`. */
    RemoveRelationValueDto: Schemas.RemoveRelationValueDto;
    /** Request body of `removeRow`. */
    RemoveRowDto: Schemas.RemoveRowDto;
    /** Request body of `removeTenantDepartmentMembers`. */
    RemoveTenantDepartmentMembersReqDto: Schemas.RemoveTenantDepartmentMembersReqDto;
    /** Request body of `setTenantAdmin`, `deleteTenantUser` and `removeTenantUsers`. */
    RemoveTenantUsersDto: Schemas.RemoveTenantUsersDto;
    /** Part of `GroupPagingDto.list`. */
    ResGroupDto: Schemas.ResGroupDto;
    /** Request body of `resetUserPrincipalAuthenticationInfo`. */
    ResetUserPrincipalAuthenticationInfoDto: Schemas.ResetUserPrincipalAuthenticationInfoDto;
    /** Part of `ResetUserPrincipalAuthenticationInfoDto.options`. */
    ResetUserPrincipalAuthenticationInfoOptionsDto: Schemas.ResetUserPrincipalAuthenticationInfoOptionsDto;
    /** Request body of `resignUserBatch` and `resignPublicAccountBatch`. */
    ResignUserBatchReqDto: Schemas.ResignUserBatchReqDto;
    /** Part of `ResignUserRespDto.data`. */
    ResignUserDataDto: Schemas.ResignUserDataDto;
    /** Request body of `resignUser`. */
    ResignUserReqDto: Schemas.ResignUserReqDto;
    /** What `resignUser`, `resignUserBatch` and `resignPublicAccountBatch` answer. */
    ResignUserRespDto: Schemas.ResignUserRespDto;
    /** Part of `CommonResourceDto.actions`, `CreateResourceBatchItemDto.actions` and `CreateResourceDto.actions` and others. */
    ResourceAction: Schemas.ResourceAction;
    /** Part of `GetResourceAuthorizedTargetDataDto.list`. */
    ResourceAuthorizedTargetDto: Schemas.ResourceAuthorizedTargetDto;
    /** Part of `ResourceListRespDto.data`, `ResourcePagingDto.list` and `ResourceRespDto.data`. */
    ResourceDto: Schemas.ResourceDto;
    /** Part of `AuthorizeResourceItem.resources`. */
    ResourceItemDto: Schemas.ResourceItemDto;
    /** What `getResourcesBatch` answers. */
    ResourceListRespDto: Schemas.ResourceListRespDto;
    /** What `listResources` answers. */
    ResourcePaginatedRespDto: Schemas.ResourcePaginatedRespDto;
    /** Part of `ResourcePaginatedRespDto.data`. */
    ResourcePagingDto: Schemas.ResourcePagingDto;
    /** What `createResource`, `getResource` and `updateResource` answer. */
    ResourceRespDto: Schemas.ResourceRespDto;
    /** Part of `CreateDepartmentTreeRespDto.data`. */
    Result: Schemas.Result;
    /** Request body of `revertRosterInvitationBatch`. */
    RevertRosterInvitationBatchDto: Schemas.RevertRosterInvitationBatchDto;
    /** Request body of `revertRosterInvitation`. */
    RevertRosterInvitationDto: Schemas.RevertRosterInvitationDto;
    /** Request body of `reviewTenantEnterpriseCertification`. */
    ReviewTenantEnterpriseCertificationBodyDto: Schemas.ReviewTenantEnterpriseCertificationBodyDto;
    /** Request body of `revokeApplicationAccess`. */
    RevokeApplicationAccessDto: Schemas.RevokeApplicationAccessDto;
    /** Request body of `revokeRoleBatch`. */
    RevokeRoleBatchDto: Schemas.RevokeRoleBatchDto;
    /** Request body of `revokeRole`. */
    RevokeRoleDto: Schemas.RevokeRoleDto;
    /** Part of `RightItemRes.rightsItems`. */
    RightItemDto: Schemas.RightItemDto;
    /** Part of `CostGetAllRightItemRespDto.data`. */
    RightItemRes: Schemas.RightItemRes;
    /** Part of `UserListPagingDto.list`. */
    RiskListItemDto: Schemas.RiskListItemDto;
    /** Request body of `addRiskListPolicy`. */
    RiskListPolicyCreateDto: Schemas.RiskListPolicyCreateDto;
    /** Part of `UserListPolicyPaginatedRespDto.data`. */
    RiskListPolicyPagingDto: Schemas.RiskListPolicyPagingDto;
    /** Part of `RiskListPolicyPagingDto.list`. */
    RiskListPolicyRespDto: Schemas.RiskListPolicyRespDto;
    /** What `getRoleAuthorizedResources` answers. */
    RoleAuthorizedResourcePaginatedRespDto: Schemas.RoleAuthorizedResourcePaginatedRespDto;
    /** Part of `RoleAuthorizedResourcePaginatedRespDto.data`. */
    RoleAuthorizedResourcePagingDto: Schemas.RoleAuthorizedResourcePagingDto;
    /** Part of `RoleAuthorizedResourcePagingDto.list`. */
    RoleAuthorizedResourcesRespDto: Schemas.RoleAuthorizedResourcesRespDto;
    /** Part of `ListPermissionViewRespDto.roleList`. */
    RoleBo: Schemas.RoleBo;
    /** What `checkParamsNamespace` and `createAdminRole` answer. */
    RoleCheckParamsRespDto: Schemas.RoleCheckParamsRespDto;
    /** Part of `DeleteRoleBatchDto.roleList`. */
    RoleCodeAndNamespaceDto: Schemas.RoleCodeAndNamespaceDto;
    /** Part of `AssignRoleBatchDto.roles`, `CheckRoleMutualExclusionReqDto.roles` and `RevokeRoleBatchDto.roles`. */
    RoleCodeDto: Schemas.RoleCodeDto;
    /** What `listRoleDepartments` answers. */
    RoleDepartmentListPaginatedRespDto: Schemas.RoleDepartmentListPaginatedRespDto;
    /** Part of `RoleDepartmentListPaginatedRespDto.data`. */
    RoleDepartmentListPagingDto: Schemas.RoleDepartmentListPagingDto;
    /** Part of `RoleDepartmentListPagingDto.list`. */
    RoleDepartmentRespDto: Schemas.RoleDepartmentRespDto;
    /** Part of `RolePagingDto.list`, `RoleSingleRespDto.data` and `UserAttributionDto.targetDetail`. */
    RoleDto: Schemas.RoleDto;
    /** Part of `CreateRolesBatch.list`. */
    RoleListItem: Schemas.RoleListItem;
    /** Part of `RoleListPageRespDto.data`. */
    RoleListPageDto: Schemas.RoleListPageDto;
    /** What `listRoleAssignments` answers. */
    RoleListPageRespDto: Schemas.RoleListPageRespDto;
    /** What `getUserRoles` and `listRoles` answer. */
    RolePaginatedRespDto: Schemas.RolePaginatedRespDto;
    /** Part of `RolePaginatedRespDto.data`. */
    RolePagingDto: Schemas.RolePagingDto;
    /** Part of `ApprovalDetailDto.approvalObjectList`. */
    RolePermissionApplyApprovalObject: Schemas.RolePermissionApplyApprovalObject;
    /** Part of `RoleListPageDto.data`. */
    RolePermissionListDto: Schemas.RolePermissionListDto;
    /** What `getRole` and `createRole` answer. */
    RoleSingleRespDto: Schemas.RoleSingleRespDto;
    /** Part of `FunctionModelValueResDto.data`, `GetImportTemplateResDto.data` and `MetadataListResDto.data`. */
    RowDto: Schemas.RowDto;
    /** Part of `EmailProviderDto.smtpConfig`. */
    SMTPEmailProviderConfig: Schemas.SMTPEmailProviderConfig;
    /** Part of `ConfigEmailProviderDto.smtpConfig`. */
    SMTPEmailProviderConfigInput: Schemas.SMTPEmailProviderConfigInput;
    /** Part of `ApplicationDto.samlConfig`, `CreateApplicationDto.samlConfig` and `CreateApplicationRespDataDto.samlConfig` and others. */
    SamlIdpConfig: Schemas.SamlIdpConfig;
    /** Request body of `saveInvitationPolicies`. */
    SaveDeviceExclusiveValidScopeSettingsDto: Schemas.SaveDeviceExclusiveValidScopeSettingsDto;
    /** Part of `FilterDto.scope` and `FilterDto.filterRelation`. */
    ScopeDto: Schemas.ScopeDto;
    /** Part of `SearchDepartmentsListReqDto.advancedFilter`. */
    SearchDepartmentsFilterItemDto: Schemas.SearchDepartmentsFilterItemDto;
    /** Request body of `searchDepartmentsList`. */
    SearchDepartmentsListReqDto: Schemas.SearchDepartmentsListReqDto;
    /** Request body of `searchDepartments`. */
    SearchDepartmentsReqDto: Schemas.SearchDepartmentsReqDto;
    /** Part of `SecuritySettingsRespDto.data`. */
    SecuritySettingsDto: Schemas.SecuritySettingsDto;
    /** What `getSecuritySettings` and `updateSecuritySettings` answer. */
    SecuritySettingsRespDto: Schemas.SecuritySettingsRespDto;
    /** Part of `SecuritySettingsDto.selfUnlockAccount` and `UpdateSecuritySettingsDto.selfUnlockAccount`. */
    SelfUnlockAccountConfigDto: Schemas.SelfUnlockAccountConfigDto;
    /** Part of `CreatePublicAccountOptionsDto.sendNotification` and `CreateUserOptionsDto.sendNotification`. */
    SendCreateAccountNotificationDto: Schemas.SendCreateAccountNotificationDto;
    /** What `sendEmailBatch` answers. */
    SendEmailBatchDataDto: Schemas.SendEmailBatchDataDto;
    /** Part of `EmailProviderDto.sendGridConfig`. */
    SendGridEmailProviderConfig: Schemas.SendGridEmailProviderConfig;
    /** Part of `ConfigEmailProviderDto.sendGridConfig`. */
    SendGridEmailProviderConfigInput: Schemas.SendGridEmailProviderConfigInput;
    /** Request body of `sendInviteTenantUserEmail`. */
    SendInviteTenantUserEmailDto: Schemas.SendInviteTenantUserEmailDto;
    /** Request body of `sendEmailBatch`. */
    SendManyTenantEmailDto: Schemas.SendManyTenantEmailDto;
    /** Request body of `sendSmsBatch`. */
    SendManyTenantSmsDto: Schemas.SendManyTenantSmsDto;
    /** Part of `UpdatePublicAccountBatchOptionsDto.sendPasswordResetedNotification`, `UpdatePublicAccountOptionsDto.sendPasswordResetedNotification` and `UpdateUserBatchOptionsDto.sendPasswordResetedNotification` and others. */
    SendResetPasswordNotificationDto: Schemas.SendResetPasswordNotificationDto;
    /** Request body of `sendRosterInvitationBatch`. */
    SendRosterInvitationBatchDto: Schemas.SendRosterInvitationBatchDto;
    /** Request body of `sendRosterInvitation`. */
    SendRosterInvitationDto: Schemas.SendRosterInvitationDto;
    /** Part of `SendSmsBatchRespDto.data`. */
    SendSmsBatchDataDto: Schemas.SendSmsBatchDataDto;
    /** What `sendSmsBatch` answers. */
    SendSmsBatchRespDto: Schemas.SendSmsBatchRespDto;
    /** Part of `SendManyTenantEmailDto.users`. */
    SendTenantEmailDto: Schemas.SendTenantEmailDto;
    /** Part of `SendManyTenantSmsDto.users`. */
    SendTenantSmsDto: Schemas.SendTenantSmsDto;
    /** Part of `SetCustomDataReqDto.list`. */
    SetCustomDataDto: Schemas.SetCustomDataDto;
    /** Request body of `setCustomData`. */
    SetCustomDataReqDto: Schemas.SetCustomDataReqDto;
    /** Part of `SetCustomFieldsReqDto.list`. */
    SetCustomFieldDto: Schemas.SetCustomFieldDto;
    /** Request body of `setCustomFields`. */
    SetCustomFieldsReqDto: Schemas.SetCustomFieldsReqDto;
    /** Request body of `setUserAttributionMainDepartment`. */
    SetInvitationPolicyUserAttributionMainDepartmentDto: Schemas.SetInvitationPolicyUserAttributionMainDepartmentDto;
    /** Request body of `setUsersMfaStatus`. */
    SetMfaStatusDto: Schemas.SetMfaStatusDto;
    /** Request body of `bindUsersPublicAccount`. */
    SetPublicAccountBatchReqDto: Schemas.SetPublicAccountBatchReqDto;
    /** Part of `SetUserBaseFieldsReqDto.list`. */
    SetUserBaseFieldDto: Schemas.SetUserBaseFieldDto;
    /** Request body of `setUserBaseFields`. */
    SetUserBaseFieldsReqDto: Schemas.SetUserBaseFieldsReqDto;
    /** Part of `SetUserDepartmentsDto.departments`. */
    SetUserDepartmentDto: Schemas.SetUserDepartmentDto;
    /** Request body of `setUserDepartments` and `setPublicAccountOfDepartments`. */
    SetUserDepartmentsDto: Schemas.SetUserDepartmentsDto;
    /** Part of `SetUserDepartmentsDto.options`. */
    SetUserDepartmentsOptionsDto: Schemas.SetUserDepartmentsOptionsDto;
    /** Request body of `getPublicAccountOfGroups`. */
    SetUserGroupsDto: Schemas.SetUserGroupsDto;
    /** Request body of `setuserOfPublicAccount`. */
    SetUserOfPublicAccountBatchReqDto: Schemas.SetUserOfPublicAccountBatchReqDto;
    /** Request body of `setUserPosts`. */
    SetUserPostsDto: Schemas.SetUserPostsDto;
    /** Request body of `bindPublicAccountOfRoles`. */
    SetUserRolesDto: Schemas.SetUserRolesDto;
    /** Part of `ListPublicAccountsOptionsDto.sort` and `ListUsersOptionsDto.sort`. */
    SortingDto: Schemas.SortingDto;
    /** Part of `OpenResource.strAuthorize`. */
    StrAuthorize: Schemas.StrAuthorize;
    /** Part of `GetExternalUserResourceStructDataDto.strResourceAuthAction` and `GetUserResourceStructDataDto.strResourceAuthAction`. */
    StrResourceAuthAction: Schemas.StrResourceAuthAction;
    /** Part of `CreateAuthorizeDataPolicyDto.targetList`. */
    SubjectDto: Schemas.SubjectDto;
    /** Part of `ListDataPoliciesRespDto.targetList`. */
    SubjectRespDto: Schemas.SubjectRespDto;
    /** Request body of `suspendDevice`. */
    SuspendTerminalUserDto: Schemas.SuspendTerminalUserDto;
    /** Part of `SyncJobPagingDto.list` and `SyncJobSingleRespDto.data`. */
    SyncJobDto: Schemas.SyncJobDto;
    /** What `listSyncJobs` answers. */
    SyncJobPaginatedRespDto: Schemas.SyncJobPaginatedRespDto;
    /** Part of `SyncJobPaginatedRespDto.data`. */
    SyncJobPagingDto: Schemas.SyncJobPagingDto;
    /** What `getSyncJob` answers. */
    SyncJobSingleRespDto: Schemas.SyncJobSingleRespDto;
    /** What `getDepartmentSyncRelations` and `getUserSyncRelations` answer. */
    SyncRelationListRespDto: Schemas.SyncRelationListRespDto;
    /** Part of `SyncRiskOperationPagingDto.list`. */
    SyncRiskOperationDto: Schemas.SyncRiskOperationDto;
    /** What `listSyncRiskOperations` answers. */
    SyncRiskOperationPaginatedRespDto: Schemas.SyncRiskOperationPaginatedRespDto;
    /** Part of `SyncRiskOperationPaginatedRespDto.data`. */
    SyncRiskOperationPagingDto: Schemas.SyncRiskOperationPagingDto;
    /** Part of `SyncTaskClientConfig.activeDirectoryConfig`. */
    SyncTaskActiveDirectoryClientConfig: Schemas.SyncTaskActiveDirectoryClientConfig;
    /** Part of `CreateSyncTaskDto.clientConfig` and `UpdateSyncTaskDto.clientConfig`. */
    SyncTaskClientConfig: Schemas.SyncTaskClientConfig;
    /** Part of `SyncTaskClientConfig.dingtalkConfig`. */
    SyncTaskDingtalkClientConfig: Schemas.SyncTaskDingtalkClientConfig;
    /** Part of `SyncTaskPagingDto.list` and `SyncTaskSingleRespDto.data`. */
    SyncTaskDto: Schemas.SyncTaskDto;
    /** Part of `CreateSyncTaskDto.fieldMapping`, `SyncTaskDto.fieldMapping` and `UpdateSyncTaskDto.fieldMapping`. */
    SyncTaskFieldMapping: Schemas.SyncTaskFieldMapping;
    /** Part of `SyncTaskClientConfig.fxiaokeConfig`. */
    SyncTaskFxiaokeClientConfig: Schemas.SyncTaskFxiaokeClientConfig;
    /** Part of `SyncTaskClientConfig.italentConfig`. */
    SyncTaskItalentClientConfig: Schemas.SyncTaskItalentClientConfig;
    /** Part of `SyncTaskClientConfig.kayangConfig`. */
    SyncTaskKayangClientConfig: Schemas.SyncTaskKayangClientConfig;
    /** Part of `SyncTaskClientConfig.larkConfig` and `SyncTaskClientConfig.larkInternationalConfig`. */
    SyncTaskLarkClientConfig: Schemas.SyncTaskLarkClientConfig;
    /** Part of `SyncTaskClientConfig.ldapConfig`. */
    SyncTaskLdapClientConfig: Schemas.SyncTaskLdapClientConfig;
    /** Part of `SyncTaskClientConfig.maycurConfig`. */
    SyncTaskMaycurClientConfig: Schemas.SyncTaskMaycurClientConfig;
    /** Part of `SyncTaskClientConfig.mokaConfig`. */
    SyncTaskMokaClientConfig: Schemas.SyncTaskMokaClientConfig;
    /** What `listSyncTasks`, `createSyncTask` and `updateSyncTask` answer. */
    SyncTaskPaginatedRespDto: Schemas.SyncTaskPaginatedRespDto;
    /** Part of `SyncTaskPaginatedRespDto.data`. */
    SyncTaskPagingDto: Schemas.SyncTaskPagingDto;
    /** Part of `CreateSyncTaskDto.provisioningScope`, `SyncTaskDto.provisioningScope` and `UpdateSyncTaskDto.provisioningScope`. */
    SyncTaskProvisioningScope: Schemas.SyncTaskProvisioningScope;
    /** Part of `SyncTaskClientConfig.scimConfig`. */
    SyncTaskScimClientConfig: Schemas.SyncTaskScimClientConfig;
    /** What `getSyncTask` answers. */
    SyncTaskSingleRespDto: Schemas.SyncTaskSingleRespDto;
    /** Part of `CreateSyncTaskDto.timedScheduler`, `SyncTaskDto.timedScheduler` and `UpdateSyncTaskDto.timedScheduler`. */
    SyncTaskTimedScheduler: Schemas.SyncTaskTimedScheduler;
    /** Part of `SyncTaskClientConfig.wechatworkConfig`. */
    SyncTaskWechatworkClientConfig: Schemas.SyncTaskWechatworkClientConfig;
    /** Part of `SyncTaskClientConfig.xiaoshouyiConfig`. */
    SyncTaskXiaoshouyiClientConfig: Schemas.SyncTaskXiaoshouyiClientConfig;
    /** Part of `UpdateLoginConfig.passwordTabConfig` and `UpdateLoginConfig.verifyCodeTabConfig`. */
    TabConfigDto: Schemas.TabConfigDto;
    /** Part of `AssignRoleBatchDto.targets`, `AssignRoleDto.targets` and `RevokeRoleBatchDto.targets` and others. */
    TargetDto: Schemas.TargetDto;
    /** Part of `TenantApplicationListPagingDto.list`. */
    TenantApplicationDto: Schemas.TenantApplicationDto;
    /** What `listTenantApplications` answers. */
    TenantApplicationListPaginatedRespDto: Schemas.TenantApplicationListPaginatedRespDto;
    /** Part of `TenantApplicationListPaginatedRespDto.data`. */
    TenantApplicationListPagingDto: Schemas.TenantApplicationListPagingDto;
    /** Part of `TenantCooperatorListPagingDto.list`. */
    TenantCooperatorDto: Schemas.TenantCooperatorDto;
    /** Part of `TenantCooperatorPaginatedRespDto.data`. */
    TenantCooperatorListPagingDto: Schemas.TenantCooperatorListPagingDto;
    /** What `listTenantCooperators` answers. */
    TenantCooperatorPaginatedRespDto: Schemas.TenantCooperatorPaginatedRespDto;
    /** Part of `TenantCooperatorSingleRespDto.data`. */
    TenantCooperatorSingleDto: Schemas.TenantCooperatorSingleDto;
    /** What `getTenantCooperator` and `getTenantCooperatorMenu` answer. */
    TenantCooperatorSingleRespDto: Schemas.TenantCooperatorSingleRespDto;
    /** Part of `CreateTenantRespDto.data`. */
    TenantDto: Schemas.TenantDto;
    /** What `getTenantEnterpriseCertification` answers. */
    TenantEnterpriseCertificationRespDto: Schemas.TenantEnterpriseCertificationRespDto;
    /** What `listTenants` answers. */
    TenantListPaginatedRespDto: Schemas.TenantListPaginatedRespDto;
    /** Part of `TenantListPaginatedRespDto.data`. */
    TenantListPagingDto: Schemas.TenantListPagingDto;
    /** Part of `TenantListPagingDto.list` and `TenantSingleRespDto.data`. */
    TenantRespDto: Schemas.TenantRespDto;
    /** What `getTenantLittleInfo`, `getTenant` and `getTenantByCode` answer. */
    TenantSingleRespDto: Schemas.TenantSingleRespDto;
    /** Part of `TenantCooperatorDto.tenantUser`, `TenantUserListPagingDto.list` and `TenantUserRespDto.data` and others. */
    TenantUserDto: Schemas.TenantUserDto;
    /** What `listTenantAdmin` and `listTenantUsers` answer. */
    TenantUserListPaginatedRespDto: Schemas.TenantUserListPaginatedRespDto;
    /** Part of `TenantUserListPaginatedRespDto.data`. */
    TenantUserListPagingDto: Schemas.TenantUserListPagingDto;
    /** What `createTenantUser` answers. */
    TenantUserRespDto: Schemas.TenantUserRespDto;
    /** What `getTenantUser` answers. */
    TenantUserSingleRespDto: Schemas.TenantUserSingleRespDto;
    /** Part of `EmailProviderDto.tencentExmailConfig`. */
    TencentExmailEmailProviderConfig: Schemas.TencentExmailEmailProviderConfig;
    /** Part of `ConfigEmailProviderDto.tencentExmailConfig`. */
    TencentExmailEmailProviderConfigInput: Schemas.TencentExmailEmailProviderConfigInput;
    /** Request body of `getDeviceStatus`. */
    TerminalBaseDto: Schemas.TerminalBaseDto;
    /** Part of `TerminalInfoRespDto.data`. */
    TerminalInfoDto: Schemas.TerminalInfoDto;
    /** What `createDevice`, `addDevice` and `createVerifyDevice` answer. */
    TerminalInfoRespDto: Schemas.TerminalInfoRespDto;
    /** Part of `TreeAuthorize.authList`. */
    TreeAuthBo: Schemas.TreeAuthBo;
    /** Part of `OpenResource.treeAuthorize`. */
    TreeAuthorize: Schemas.TreeAuthorize;
    /** Part of `GetExternalUserResourceStructDataDto.treeResourceAuthAction` and `GetUserResourceStructDataDto.treeResourceAuthAction`. */
    TreeResourceAuthAction: Schemas.TreeResourceAuthAction;
    /** Part of `TreeResourceAuthAction.nodeAuthActionList` and `TreeStructs.children`. */
    TreeStructs: Schemas.TreeStructs;
    /** Request body of `triggerSyncRiskOperations`. */
    TriggerSyncRiskOperationDto: Schemas.TriggerSyncRiskOperationDto;
    /** Part of `TriggerSyncRiskOperationsRespDto.data`. */
    TriggerSyncRiskOperationsDataDto: Schemas.TriggerSyncRiskOperationsDataDto;
    /** What `triggerSyncRiskOperations` answers. */
    TriggerSyncRiskOperationsRespDto: Schemas.TriggerSyncRiskOperationsRespDto;
    /** Part of `TriggerSyncTaskRespDto.data`. */
    TriggerSyncTaskDataDto: Schemas.TriggerSyncTaskDataDto;
    /** Request body of `triggerSyncTask`. */
    TriggerSyncTaskDto: Schemas.TriggerSyncTaskDto;
    /** What `triggerSyncTask` and `listSyncJobLogs` answer. */
    TriggerSyncTaskRespDto: Schemas.TriggerSyncTaskRespDto;
    /** Part of `TriggerWebhookRespDto.data`. */
    TriggerWebhookData: Schemas.TriggerWebhookData;
    /** Request body of `triggerWebhook`. */
    TriggerWebhookDto: Schemas.TriggerWebhookDto;
    /** What `triggerWebhook` answers. */
    TriggerWebhookRespDto: Schemas.TriggerWebhookRespDto;
    /** Request body of `unbindUsersPublicAccount`. */
    UnbindPublicAccountBatchReqDto: Schemas.UnbindPublicAccountBatchReqDto;
    /** Part of `PaginationUniversalInvitationApplicantDataDto.list`. */
    UniversalInvitationApplicantData: Schemas.UniversalInvitationApplicantData;
    /** Request body of `unlinkIdentity`. */
    UnlinkIdentity: Schemas.UnlinkIdentity;
    /** Part of `UnlinkIdentityResDto.data`. */
    UnlinkIdentityDataDto: Schemas.UnlinkIdentityDataDto;
    /** What `unlinkIdentity` answers. */
    UnlinkIdentityResDto: Schemas.UnlinkIdentityResDto;
    /** Request body of `updateAccessKey`. */
    UpdateAccessKeyDto: Schemas.UpdateAccessKeyDto;
    /** Request body of `updateApplication`. */
    UpdateApplicationDto: Schemas.UpdateApplicationDto;
    /** Part of `UpdateApplicationDto.loginConfig`. */
    UpdateApplicationLoginConfigInputDto: Schemas.UpdateApplicationLoginConfigInputDto;
    /** Request body of `updateApplicationMfaSettings`. */
    UpdateApplicationMfaSettingsDto: Schemas.UpdateApplicationMfaSettingsDto;
    /** Request body of `updateApplicationPermissionStrategy`. */
    UpdateApplicationPermissionStrategyDataDto: Schemas.UpdateApplicationPermissionStrategyDataDto;
    /** Request body of `updateAsaAccount`. */
    UpdateAsaAccountDto: Schemas.UpdateAsaAccountDto;
    /** Request body of `enabledAuth`. */
    UpdateAuthEnabledDto: Schemas.UpdateAuthEnabledDto;
    /** Request body of `updateDataPolicy`. */
    UpdateDataPolicyDto: Schemas.UpdateDataPolicyDto;
    /** Part of `UpdateDataPolicyResponseDto.data`. */
    UpdateDataPolicyRespDto: Schemas.UpdateDataPolicyRespDto;
    /** What `updateDataPolicy` answers. */
    UpdateDataPolicyResponseDto: Schemas.UpdateDataPolicyResponseDto;
    /** Request body of `updateDataResource`. */
    UpdateDataResourceDto: Schemas.UpdateDataResourceDto;
    /** Part of `UpdateDataResourceResponseDto.data`. */
    UpdateDataResourceRespDto: Schemas.UpdateDataResourceRespDto;
    /** What `updateDataResource` answers. */
    UpdateDataResourceResponseDto: Schemas.UpdateDataResourceResponseDto;
    /** Request body of `updateDepartment`. */
    UpdateDepartmentReqDto: Schemas.UpdateDepartmentReqDto;
    /** Request body of `updateNodeStatus`. */
    UpdateDepartmentStatusReqDto: Schemas.UpdateDepartmentStatusReqDto;
    /** Request body of `updateRuleSettings`. */
    UpdateDeviceExclusiveRuleDto: Schemas.UpdateDeviceExclusiveRuleDto;
    /** Request body of `updateDnef`. */
    UpdateDnefReq: Schemas.UpdateDnefReq;
    /** Request body of `updateInviteEmailTemplate` and `updateEmailTemplate`. */
    UpdateEmailTemplateDto: Schemas.UpdateEmailTemplateDto;
    /** Request body of `updateExtIdpConn`. */
    UpdateExtIdpConnDto: Schemas.UpdateExtIdpConnDto;
    /** Request body of `updateExtIdp`. */
    UpdateExtIdpDto: Schemas.UpdateExtIdpDto;
    /** Part of `PolicyExtendsFieldsDto.extendsField`. */
    UpdateExtendsFieldDto: Schemas.UpdateExtendsFieldDto;
    /** Request body of `updateModel`. */
    UpdateFunctionModelDto: Schemas.UpdateFunctionModelDto;
    /** Request body of `updateField`. */
    UpdateFunctionModelFieldDto: Schemas.UpdateFunctionModelFieldDto;
    /** Request body of `updateGroup`. */
    UpdateGroupReqDto: Schemas.UpdateGroupReqDto;
    /** Request body of `updateInvitationPolicy`. */
    UpdateInvitationPolicyDto: Schemas.UpdateInvitationPolicyDto;
    /** Request body of `updateInvitationRoster`. */
    UpdateInvitationRosterDto: Schemas.UpdateInvitationRosterDto;
    /** Part of `UpdateLoginConfigDto.update` and `UpdateUserPoolTenantLoginConfigDto.update`. */
    UpdateLoginConfig: Schemas.UpdateLoginConfig;
    /** Request body of `updateLoginPageConfig`. */
    UpdateLoginConfigDto: Schemas.UpdateLoginConfigDto;
    /** Request body of `updateNamespace`. */
    UpdateNamespaceDto: Schemas.UpdateNamespaceDto;
    /** What `updateNamespace` answers. */
    UpdateNamespaceRespDto: Schemas.UpdateNamespaceRespDto;
    /** Request body of `updateOperate`. */
    UpdateOperateModelDto: Schemas.UpdateOperateModelDto;
    /** Request body of `updateOrganization`. */
    UpdateOrganizationReqDto: Schemas.UpdateOrganizationReqDto;
    /** Request body of `updateOrganizationStatus`. */
    UpdateOrganizationStatusReqDto: Schemas.UpdateOrganizationStatusReqDto;
    /** Request body of `updatePermissionNamespace`. */
    UpdatePermissionNamespaceDto: Schemas.UpdatePermissionNamespaceDto;
    /** Part of `UpdatePermissionNamespaceResponseDto.data`. */
    UpdatePermissionNamespaceRespDto: Schemas.UpdatePermissionNamespaceRespDto;
    /** What `updatePermissionNamespace` answers. */
    UpdatePermissionNamespaceResponseDto: Schemas.UpdatePermissionNamespaceResponseDto;
    /** Request body of `updatePipelineFunction`. */
    UpdatePipelineFunctionDto: Schemas.UpdatePipelineFunctionDto;
    /** Request body of `updatePipelineOrder`. */
    UpdatePipelineOrderDto: Schemas.UpdatePipelineOrderDto;
    /** Part of `UpdatePublicAccountBatchReqDto.options`. */
    UpdatePublicAccountBatchOptionsDto: Schemas.UpdatePublicAccountBatchOptionsDto;
    /** Request body of `updatePublicAccountBatch`. */
    UpdatePublicAccountBatchReqDto: Schemas.UpdatePublicAccountBatchReqDto;
    /** Part of `UpdatePublicAccountBatchReqDto.list`. */
    UpdatePublicAccountInfoDto: Schemas.UpdatePublicAccountInfoDto;
    /** Part of `UpdatePublicAccountReqDto.options`. */
    UpdatePublicAccountOptionsDto: Schemas.UpdatePublicAccountOptionsDto;
    /** Request body of `updatePublicAccount`. */
    UpdatePublicAccountReqDto: Schemas.UpdatePublicAccountReqDto;
    /** Request body of `updateResource`. */
    UpdateResourceDto: Schemas.UpdateResourceDto;
    /** Request body of `updateRole`. */
    UpdateRoleDto: Schemas.UpdateRoleDto;
    /** Request body of `updateRow`. */
    UpdateRowDto: Schemas.UpdateRowDto;
    /** Request body of `updateSecuritySettings`. */
    UpdateSecuritySettingsDto: Schemas.UpdateSecuritySettingsDto;
    /** Request body of `updateSyncTask`. */
    UpdateSyncTaskDto: Schemas.UpdateSyncTaskDto;
    /** Request body of `updateTenantQrCodeState`. */
    UpdateTenantAppqrcodeState: Schemas.UpdateTenantAppqrcodeState;
    /** Request body of `updateTenant`. */
    UpdateTenantDto: Schemas.UpdateTenantDto;
    /** Request body of `updateTenantUser`. */
    UpdateTenantUserDto: Schemas.UpdateTenantUserDto;
    /** Request body of `disableDevice` and `enableDevice`. */
    UpdateTerminalUserDto: Schemas.UpdateTerminalUserDto;
    /** Request body of `updateUniversalInvitation`. */
    UpdateUniversalInvitationDto: Schemas.UpdateUniversalInvitationDto;
    /** Part of `UpdateUserBatchReqDto.options`. */
    UpdateUserBatchOptionsDto: Schemas.UpdateUserBatchOptionsDto;
    /** Request body of `updateUserBatch`. */
    UpdateUserBatchReqDto: Schemas.UpdateUserBatchReqDto;
    /** Part of `UpdateUserBatchReqDto.list`. */
    UpdateUserInfoDto: Schemas.UpdateUserInfoDto;
    /** Part of `UpdateUserReqDto.options`. */
    UpdateUserOptionsDto: Schemas.UpdateUserOptionsDto;
    /** Request body of `updateUserPoolTenantConfig`. */
    UpdateUserPoolTenantLoginConfigDto: Schemas.UpdateUserPoolTenantLoginConfigDto;
    /** Request body of `updateUser`. */
    UpdateUserReqDto: Schemas.UpdateUserReqDto;
    /** Request body of `updateWebhook`. */
    UpdateWebhookDto: Schemas.UpdateWebhookDto;
    /** What `updateWebhook` answers. */
    UpdateWebhooksRespDto: Schemas.UpdateWebhooksRespDto;
    /** Part of `UserSyncRelationDto.userInfoInIdp`. */
    User: Schemas.User;
    /** Part of `UserActionLogRespData.list`. */
    UserActionLogDto: Schemas.UserActionLogDto;
    /** Part of `UserActionLogRespDto.data`. */
    UserActionLogRespData: Schemas.UserActionLogRespData;
    /** What `getUserActionLogs` answers. */
    UserActionLogRespDto: Schemas.UserActionLogRespDto;
    /** Part of `UserAttributionPaginationDto.list` and `UserAttributionSingleRespDto.data`. */
    UserAttributionDto: Schemas.UserAttributionDto;
    /** Part of `UserAttributionMainDepartmentRespDto.data`. */
    UserAttributionMainDepartmentDto: Schemas.UserAttributionMainDepartmentDto;
    /** What `getUserAttributionMainDepartment` answers. */
    UserAttributionMainDepartmentRespDto: Schemas.UserAttributionMainDepartmentRespDto;
    /** Part of `UserAttributionPaginationRespDto.data`. */
    UserAttributionPaginationDto: Schemas.UserAttributionPaginationDto;
    /** What `listPolicyUserAttributionDetail` answers. */
    UserAttributionPaginationRespDto: Schemas.UserAttributionPaginationRespDto;
    /** What `getPolicyUserAttributionDetail` and `addPolicyUserAttribution` answer. */
    UserAttributionSingleRespDto: Schemas.UserAttributionSingleRespDto;
    /** Request body of `userConnectionPost`, `setPublicAccountOfnPost` and `unbindPublicAccountOfPost`. */
    UserConnectionPostDto: Schemas.UserConnectionPostDto;
    /** What `getUserDepartments` and `getPublicAccountDepartments` answer. */
    UserDepartmentPaginatedRespDto: Schemas.UserDepartmentPaginatedRespDto;
    /** Part of `UserDepartmentPaginatedRespDto.data`. */
    UserDepartmentPagingDto: Schemas.UserDepartmentPagingDto;
    /** Part of `UserDepartmentPagingDto.list`. */
    UserDepartmentRespDto: Schemas.UserDepartmentRespDto;
    /** Part of `GroupDto.members`, `ResGroupDto.members` and `TenantCooperatorDto.user` and others. */
    UserDto: Schemas.UserDto;
    /** Request body of `userFieldDecrypt`. */
    UserFieldDecryptReqDto: Schemas.UserFieldDecryptReqDto;
    /** Part of `UserFieldDecryptReqDto.data`. */
    UserFieldDecryptReqItemDto: Schemas.UserFieldDecryptReqItemDto;
    /** What `userFieldDecrypt` answers. */
    UserFieldDecryptRespDto: Schemas.UserFieldDecryptRespDto;
    /** Part of `UserFieldDecryptRespDto.data`. */
    UserFieldDecryptRespItemDto: Schemas.UserFieldDecryptRespItemDto;
    /** What `listDepartmentMemberIds` answers. */
    UserIdListRespDto: Schemas.UserIdListRespDto;
    /** Part of `CreateDepartmentTreeReqDto.members`. */
    UserInfoDto: Schemas.UserInfoDto;
    /** Request body of `addUser`. */
    UserListCreateDto: Schemas.UserListCreateDto;
    /** What `findUserList` answers. */
    UserListPaginatedRespDto: Schemas.UserListPaginatedRespDto;
    /** Part of `UserListPaginatedRespDto.data`. */
    UserListPagingDto: Schemas.UserListPagingDto;
    /** What `findRiskListPolicy` answers. */
    UserListPolicyPaginatedRespDto: Schemas.UserListPolicyPaginatedRespDto;
    /** What `getUserBatch`, `createUsersBatch` and `updateUserBatch` answer. */
    UserListRespDto: Schemas.UserListRespDto;
    /** Part of `UserLoggedInAppsListRespDto.data`. */
    UserLoggedInAppsDto: Schemas.UserLoggedInAppsDto;
    /** What `getUserLoggedinApps` answers. */
    UserLoggedInAppsListRespDto: Schemas.UserLoggedInAppsListRespDto;
    /** Part of `UserLoggedInIdentitiesRespDto.data`. */
    UserLoggedInIdentitiesDto: Schemas.UserLoggedInIdentitiesDto;
    /** What `getUserLoggedinIdentities` answers. */
    UserLoggedInIdentitiesRespDto: Schemas.UserLoggedInIdentitiesRespDto;
    /** Part of `UserLoginHistoryPagingDto.list`. */
    UserLoginHistoryDto: Schemas.UserLoginHistoryDto;
    /** What `getUserLoginHistory` answers. */
    UserLoginHistoryPaginatedRespDto: Schemas.UserLoginHistoryPaginatedRespDto;
    /** Part of `UserLoginHistoryPaginatedRespDto.data`. */
    UserLoginHistoryPagingDto: Schemas.UserLoginHistoryPagingDto;
    /** Part of `UserMfaSingleRespDto.data`. */
    UserMfaRespDto: Schemas.UserMfaRespDto;
    /** What `getUserMfaInfo` answers. */
    UserMfaSingleRespDto: Schemas.UserMfaSingleRespDto;
    /** What `listDepartmentMembers`, `searchDepartmentMembers`, `listUsers`, `listUsersLegacy` and 3 more answer. */
    UserPaginatedRespDto: Schemas.UserPaginatedRespDto;
    /** Part of `UserPaginatedRespDto.data`. */
    UserPagingDto: Schemas.UserPagingDto;
    /** Part of `GetUserPermissionListDataDto.userPermissionList`. */
    UserPermissionListDto: Schemas.UserPermissionListDto;
    /** Part of `UserPoolTenantConfigDtoRespDto.data`. */
    UserPoolTenantConfigDto: Schemas.UserPoolTenantConfigDto;
    /** What `userpollTenantConfig` answers. */
    UserPoolTenantConfigDtoRespDto: Schemas.UserPoolTenantConfigDtoRespDto;
    /** What `getUser`, `createUser` and `updateUser` answer. */
    UserSingleRespDto: Schemas.UserSingleRespDto;
    /** Part of `SyncRelationListRespDto.data`. */
    UserSyncRelationDto: Schemas.UserSyncRelationDto;
    /** Part of `WebhookEventListData.categories`. */
    WebhookCategoryDto: Schemas.WebhookCategoryDto;
    /** Part of `CreateWebhookRespDto.data`, `GetWebhookRespDto.data` and `GetWebhooksData.list` and others. */
    WebhookDto: Schemas.WebhookDto;
    /** Part of `WebhookEventListData.events`. */
    WebhookEventDto: Schemas.WebhookEventDto;
    /** Part of `WebhookEventListRespDto.data`. */
    WebhookEventListData: Schemas.WebhookEventListData;
    /** What `getWebhookEventList` answers. */
    WebhookEventListRespDto: Schemas.WebhookEventListRespDto;
    /** Part of `ListWebhookLogsData.list`. */
    WebhookLogDto: Schemas.WebhookLogDto;
    /** Part of `CreateWebhookDto.retryConfig`, `UpdateWebhookDto.retryConfig` and `WebhookDto.retryConfig`. */
    WebhookRetryConfigV3Dto: Schemas.WebhookRetryConfigV3Dto;
    /** What `addWhitelistOfApp`, `listWhitelistsOfApp`, `addWhitelist` and `listWhitelists` answer. */
    WhitelistListRespDto: Schemas.WhitelistListRespDto;
    /** Part of `WhitelistListRespDto.data`. */
    WhitelistRespDto: Schemas.WhitelistRespDto;
    /** Part of `InviteTenantUsersDto.errMsgs`. */
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
        /** Search position code or name. */
        keywords?: string;
        /** Whether to count the number of departments and users associated with the position. */
        skipCount?: boolean;
        /** Current page number, starting from 1. */
        page?: number;
        /** The number of pages per page cannot exceed 50, and the default is 10. */
        limit?: number;
        /** Whether to display metadata content. */
        withMetadata?: boolean;
        /** Whether to obtain custom data. */
        withCustomData?: boolean;
        /** Whether to flatten the extended field. */
        flatCustomData?: boolean;
        /** Whether to not display the fieldId field of metadata. */
        metadataNoFieldId?: boolean;
        /** Jobs created after this time. */
        createdAfter?: number;
        /** Jobs created before this time. */
        createdBefore?: number;
        /** Positions updated after this time. */
        updatedAfter?: number;
        /** Positions updated before this time. */
        updatedBefore?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PostPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ListPostBatchDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PostPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getPost: {
    parameters: {
      query: {
        /** Position code. */
        code: string;
        /** Whether to obtain custom data. */
        withCustomData?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CreatePostDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getUserPosts: {
    parameters: {
      query: {
        /** User id. */
        userId: string;
        /** Whether to obtain custom data. */
        withCustomData?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PostListRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getUserPost: {
    parameters: {
      query: {
        /** User id. */
        userId: string;
        /** Whether to obtain custom data. */
        withCustomData?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CreatePostDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.GetPostByIdListDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PostRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreatePostDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CreatePostRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreatePostDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CreatePostRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.RemovePostDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.SetUserPostsDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UserConnectionPostDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.FilterDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.FunctionModelValueListResDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getRow: {
    parameters: {
      query: {
        /** Function ID. */
        modelId: string;
        /** Row ID. */
        rowId: string;
        /** Whether to use field ID as key in response. */
        showFieldId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.FunctionModelValueResDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getRowByValue: {
    parameters: {
      query: {
        /** Function ID. */
        modelId: string;
        /** Field key. */
        key: string;
        /** Field value. */
        value: string;
        /** Whether to use field ID as key in response. */
        showFieldId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.FunctionModelValueResDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.GetRowBatchDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.MetadataListResDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateRowDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.FunctionModelValueResDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateRowDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.FunctionModelValueResDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.RemoveRowDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateFunctionModelDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.FunctionModelResDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getModel: {
    parameters: {
      query: {
        /** Function ID can be obtained from the console page. */
        id: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.FunctionModelResDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.FunctionModelListDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.FunctionModelIdDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateFunctionModelDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.FunctionModelResDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateFunctionModelFieldDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.FunctionModelFieldResDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateFunctionModelFieldDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.FunctionModelFieldResDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.FunctionModelFieldIdDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listField: {
    parameters: {
      query: {
        /** Function ID. */
        modelId: string;
        /** Request source. */
        from: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.FunctionFieldListResDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ExportModelDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ImportModelDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getImportTemplate: {
    parameters: {
      query: {
        /** Function ID. */
        modelId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetImportTemplateResDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateOperateModelDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.FunctionModelOperateIdDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.FunctionModelOperateIdDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.FunctionModelOperateIdDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listOperate: {
    parameters: {
      query: {
        /** Search function name. */
        keywords?: string;
        /** Model ID. */
        modelId: string;
        /** Associated field ID. */
        fieldId?: string;
        /** Whether to return user-created operations, only valid when fieldId is provided. */
        showCreated?: string;
        /** Current page number, starting from 1. */
        page?: number;
        /** Number of items per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.OperateModelDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listOperateAll: {
    parameters: {
      query: {
        /** Model ID. */
        modelId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.OperateModelDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateOperateModelDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.GetRelationInfoDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateRelationValueDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getRelationValue: {
    parameters: {
      query: {
        /** Function ID. */
        modelId: string;
        /** Field ID. */
        fieldId: string;
        /** Row ID. */
        rowId: string;
        /** Current page number, starting from 1. */
        page?: number;
        /** Number of items per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.RelationValueListResDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.RemoveRelationValueDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ExportMetadataDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ImportMetadataDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.GetAllRowDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.FunctionModelValueListResDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.RelationValueListResDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.RelationSearchDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.RelationValueListResDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CopyRowRelationDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.RelationValueListResDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.GetAllRowVyScrollidDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetAllRowByScrollidResDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.MetadataGroupDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.FunctionModelValueListResDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateUEBADto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CreateUEBARespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteTerminalUserDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.SuspendTerminalUserDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateTerminalUserDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateTerminalUserDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.TerminalBaseDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.DeviceStatusRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ListPublicAccountsRequestDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PublicAccountPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getPublicAccount: {
    parameters: {
      query: {
        /** Public account user ID. */
        userId: string;
        /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, like `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponds to `externalId` field in GenAuth user information. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
        /** Whether to get custom data. */
        withCustomData?: boolean;
        /** Whether to obtain the department ID list. */
        withDepartmentIds?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PublicAccountSingleRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getPublicAccountBatch: {
    parameters: {
      query: {
        /** Public account user ID array. Sent as `userIds[]=…` once per item. */
        userIds: string[];
        /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, like `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponds to `externalId` field in GenAuth user information. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
        /** Whether to get custom data. */
        withCustomData?: boolean;
        /** Whether to obtain the department ID list. */
        withDepartmentIds?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PublicAccountListRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreatePublicAccountReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PublicAccountSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreatePublicAccountBatchReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PublicAccountListRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdatePublicAccountReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PublicAccountSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdatePublicAccountBatchReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PublicAccountListRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeletePublicAccountsBatchDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.KickPublicAccountsDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreatePublicAccountFromUserDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getPublicAccountsOfUser: {
    parameters: {
      query: {
        /** User ID. */
        userId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PublicAccountPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getUsersOfPublicAccount: {
    parameters: {
      query: {
        /** Public account ID. */
        publicAccountId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PublicAccountPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.SetPublicAccountBatchReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.SetUserOfPublicAccountBatchReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UnbindPublicAccountBatchReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getOrganization: {
    parameters: {
      query: {
        /** Organization Code (organizationCode) */
        organizationCode: string;
        /** Whether to obtain custom data. */
        withCustomData?: boolean;
        /** Whether to obtain department information. */
        withPost?: boolean;
        /** Tenant ID. */
        tenantId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.OrganizationSingleRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getOrganizationsBatch: {
    parameters: {
      query: {
        /** Organization Code (organizationCode) list. Sent as `organizationCodeList[]=…` once per item. */
        organizationCodeList: string[];
        /** Whether to obtain custom data. */
        withCustomData?: boolean;
        /** Whether to obtain department information. */
        withPost?: boolean;
        /** Tenant ID. */
        tenantId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.OrganizationListRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listOrganizations: {
    parameters: {
      query?: {
        /** Current page number, starting from 1. */
        page?: number;
        /** The number of pages per page cannot exceed 50, and the default is 10. */
        limit?: number;
        /** Pull all. */
        fetchAll?: boolean;
        /** Whether to obtain custom data. */
        withCustomData?: boolean;
        /** Whether to obtain department information. */
        withPost?: boolean;
        /** Tenant ID. */
        tenantId?: string;
        /** Status of the organization. */
        status?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.OrganizationPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateOrganizationReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.OrganizationSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateOrganizationReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.OrganizationSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteOrganizationReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  searchOrganizations: {
    parameters: {
      query: {
        /** Search keywords, such as organization name. */
        keywords: string;
        /** Current page number, starting from 1. */
        page?: number;
        /** The number of pages per page cannot exceed 50, and the default is 10. */
        limit?: number;
        /** Whether to obtain custom data. */
        withCustomData?: boolean;
        /** Tenant ID. */
        tenantId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.OrganizationPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateOrganizationStatusReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getDepartment: {
    parameters: {
      query?: {
        /** Organization code. */
        organizationCode?: string;
        /** Department ID, the root department passes `root`. One of departmentId and departmentCode must be passed. */
        departmentId?: string;
        /** Department code. One of departmentId and departmentCode must be passed. */
        departmentCode?: string;
        /** The type of department ID used in this call. */
        departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
        /** Whether to obtain custom data. */
        withCustomData?: boolean;
        /** Whether to flatten the extended field. */
        flatCustomData?: boolean;
        /** Tenant ID. */
        tenantId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.DepartmentSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.GetDepartmentByIdReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.DepartmentSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateDepartmentReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.DepartmentSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateDepartmentReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.DepartmentSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteDepartmentReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.SearchDepartmentsReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.DepartmentListRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.SearchDepartmentsListReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.DepartmentListRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listChildrenDepartments: {
    parameters: {
      query: {
        /** Organization code. */
        organizationCode: string;
        /** Department ID to be obtained. */
        departmentId: string;
        /** Department status. */
        status?: boolean;
        /** The type of department ID used in this call. */
        departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
        /** Whether to exclude virtual organizations. */
        excludeVirtualNode?: boolean;
        /** Whether to include only virtual organizations. */
        onlyVirtualNode?: boolean;
        /** Whether to obtain custom data. */
        withCustomData?: boolean;
        /** Tenant ID. */
        tenantId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.DepartmentPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getAllDepartments: {
    parameters: {
      query: {
        /** Organization code. */
        organizationCode: string;
        /** Department ID, if not filled in, the default is `root` root department ID. */
        departmentId?: string;
        /** The type of department ID used in this call. */
        departmentIdType?: "department_id" | "open_department_id";
        /** Whether to obtain custom data. */
        withCustomData?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.DepartmentPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listDepartmentMembers: {
    parameters: {
      query: {
        /** Organization code. */
        organizationCode: string;
        /** Department ID, the root department passes `root` */
        departmentId: string;
        /** Sort by. */
        sortBy?: "Default" | "JoinDepartmentAt" | "userId" | "createAt" | "updatedAt";
        /** In ascending or descending order. */
        orderBy?: "Asc" | "Desc";
        /** The type of department ID used in this call. */
        departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
        /** Whether to include members of sub-departments. */
        includeChildrenDepartments?: boolean;
        /** Current page number, starting from 1. */
        page?: number;
        /** The number of pages per page cannot exceed 50, and the default is 10. */
        limit?: number;
        /** Whether to obtain custom data. */
        withCustomData?: boolean;
        /** Whether to obtain identities. */
        withIdentities?: boolean;
        /** Whether to obtain the department ID list. */
        withDepartmentIds?: boolean;
        /** Tenant ID. */
        tenantId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listDepartmentMemberIds: {
    parameters: {
      query: {
        /** Organization code. */
        organizationCode: string;
        /** Department ID, the root department passes `root` */
        departmentId: string;
        /** The type of department ID used in this call. */
        departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
        /** Tenant ID. */
        tenantId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserIdListRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  searchDepartmentMembers: {
    parameters: {
      query: {
        /** Organization code. */
        organizationCode: string;
        /** Department ID, the root department passes `root` */
        departmentId: string;
        /** Search keywords, such as member names. */
        keywords: string;
        /** Current page number, starting from 1. */
        page?: number;
        /** The number of pages per page cannot exceed 50, and the default is 10. */
        limit?: number;
        /** The type of department ID used in this call. */
        departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
        /** Whether to include members of sub-departments. */
        includeChildrenDepartments?: boolean;
        /** Whether to obtain custom data. */
        withCustomData?: boolean;
        /** Whether to obtain identities. */
        withIdentities?: boolean;
        /** Whether to obtain the department ID list. */
        withDepartmentIds?: boolean;
        /** Tenant ID. */
        tenantId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.AddDepartmentMembersReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.RemoveDepartmentMembersReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getParentDepartment: {
    parameters: {
      query: {
        /** Organization code. */
        organizationCode: string;
        /** Department ID. */
        departmentId: string;
        /** The type of department ID used in this call. */
        departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
        /** Whether to obtain custom data. */
        withCustomData?: boolean;
        /** Tenant ID. */
        tenantId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.DepartmentSingleRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  isUserInDepartment: {
    parameters: {
      query: {
        /** The user's unique identifier can be user ID, username, email, mobile phone number, externalId, or ID in an external identity source. For details, see the description of the userIdType field. Defaults to user id. */
        userId: string;
        /** Organization code. */
        organizationCode: string;
        /** Department ID, the root department passes `root`. One of departmentId and departmentCode must be passed. */
        departmentId: string;
        /** The type of department ID used in this call. */
        departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
        /** Whether to include sub-departments. */
        includeChildrenDepartments?: boolean;
        /** Tenant ID. */
        tenantId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsUserInDepartmentRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getDepartmentById: {
    parameters: {
      query: {
        /** Department ID. */
        departmentId: string;
        /** Tenant ID. */
        tenantId?: string;
        /** List of application types. Sent as `appTypeList[]=…` once per item. */
        appTypeList?: string[];
        /** Whether to obtain custom data. */
        withCustomData?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.DepartmentSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateDepartmentTreeReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CreateDepartmentTreeRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getDepartmentSyncRelations: {
    parameters: {
      query: {
        /** Organization code. */
        organizationCode: string;
        /** Department ID, the root department passes `root`. One of departmentId and departmentCode must be passed. */
        departmentId?: string;
        /** The type of department ID used in this call. */
        departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
        /** Whether to obtain custom data. */
        withCustomData?: boolean;
        /** Tenant ID. */
        tenantId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.SyncRelationListRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteDepartmentSyncRelationReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateDepartmentStatusReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.Node | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listUsersLegacy: {
    parameters: {
      query?: {
        /** Current page number, starting from 1. */
        page?: number;
        /** Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** Current account status, such as Suspended, Resigned, Activated, Archived. */
        status?: "Suspended" | "Resigned" | "Activated" | "Archived" | "Deactivated";
        /** User creation, modification start time, UNIX timestamp accurate to seconds; supports getting incremental data after a certain time. */
        updatedAtStart?: number;
        /** User creation, modification end time, UNIX timestamp accurate to seconds; supports getting incremental data within a certain time period. Default is current time. */
        updatedAtEnd?: number;
        /** Whether to get custom data. */
        withCustomData?: boolean;
        /** Whether to obtain department information. */
        withPost?: boolean;
        /** Whether to get identities. */
        withIdentities?: boolean;
        /** Whether to obtain the department ID list. */
        withDepartmentIds?: boolean;
        /** Whether to get user password expiration time. */
        withUserPasswordExpireTime?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ListUsersRequestDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getUser: {
    parameters: {
      query: {
        /** User ID. */
        userId: string;
        /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
        /** Whether to flatten custom fields. */
        flatCustomData?: boolean;
        /** Whether to get custom data. */
        withCustomData?: boolean;
        /** Whether to obtain department information. */
        withPost?: boolean;
        /** Whether to get identities. */
        withIdentities?: boolean;
        /** Whether to obtain the department ID list. */
        withDepartmentIds?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserSingleRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getUserBatch: {
    parameters: {
      query: {
        /** User ID array. Sent as `userIds[]=…` once per item. */
        userIds: string[];
        /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
        /** Whether to get custom data. */
        withCustomData?: boolean;
        /** Whether to flatten custom fields. */
        flatCustomData?: boolean;
        /** Whether to get identities. */
        withIdentities?: boolean;
        /** Whether to obtain the department ID list. */
        withDepartmentIds?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserListRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UserFieldDecryptReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserFieldDecryptRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateUserReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateUserBatchReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserListRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateUserReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateUserBatchReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserListRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteUsersBatchDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getUserIdentities: {
    parameters: {
      query: {
        /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
        userId: string;
        /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IdentityListRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getUserRoles: {
    parameters: {
      query: {
        /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
        userId: string;
        /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
        /** Permission group (permission space) Code, get default permission group if not passed. */
        namespace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.RolePaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getUserPrincipalAuthenticationInfo: {
    parameters: {
      query: {
        /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
        userId: string;
        /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PrincipalAuthenticationInfoPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ResetUserPrincipalAuthenticationInfoDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getUserDepartments: {
    parameters: {
      query: {
        /** The user's unique identifier can be user ID, username, email, mobile phone number, externalId, or ID in an external identity source. For details, see the description of the userIdType field. Defaults to user id. */
        userId: string;
        /** User ID type, the default value is `user_id`, the optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: user’s mobile phone number; `email`: user email; `username`: username; `external_id`: the user's ID in the external system, corresponding to the `externalId` field of GenAuth user information; `identity`: The user's external identity source information, in the format of `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of the GenAuth identity source, `<userIdInIdp>` is the user's external identity source ID. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: The user's external identity source information in the format of `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user's The ID of the external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
        /** Current page number, starting from 1. */
        page?: number;
        /** The number of pages per page cannot exceed 50, and the default is 10. */
        limit?: number;
        /** Whether to obtain custom data. */
        withCustomData?: boolean;
        /** Whether to obtain the department path. */
        withDepartmentPaths?: boolean;
        /** Sorting basis, such as department creation time, department joining time, department name, department identifier. */
        sortBy?: "DepartmentCreatedAt" | "JoinDepartmentAt" | "DepartmentName" | "DepartmemtCode";
        /** Ascending or descending order. */
        orderBy?: "Asc" | "Desc";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserDepartmentPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.SetUserDepartmentsDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getUserGroups: {
    parameters: {
      query: {
        /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
        userId: string;
        /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GroupPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getUserMfaInfo: {
    parameters: {
      query: {
        /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
        userId: string;
        /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserMfaSingleRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listArchivedUsers: {
    parameters: {
      query?: {
        /** Current page number, starting from 1. */
        page?: number;
        /** Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** Start time, UNIX timestamp accurate to seconds, default not specified. */
        startAt?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ListArchivedUsersSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.KickUsersDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.IsUserExistsReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsUserExistsRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getUserAccessibleApps: {
    parameters: {
      query: {
        /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
        userId: string;
        /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.AppListRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getUserAuthorizedApps: {
    parameters: {
      query: {
        /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
        userId: string;
        /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.AppListRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.HasAnyRoleReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.HasAnyRoleRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getUserLoginHistory: {
    parameters: {
      query: {
        /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
        userId: string;
        /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
        /** Application ID. */
        appId?: string;
        /** Client IP. */
        clientIp?: string;
        /** Start timestamp (milliseconds) */
        start?: number;
        /** End timestamp (milliseconds) */
        end?: number;
        /** Current page number, starting from 1. */
        page?: number;
        /** Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserLoginHistoryPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getUserLoggedinApps: {
    parameters: {
      query: {
        /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
        userId: string;
        /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserLoggedInAppsListRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getUserLoggedinIdentities: {
    parameters: {
      query: {
        /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
        userId: string;
        /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserLoggedInIdentitiesRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ResignUserReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ResignUserRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ResignUserBatchReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ResignUserRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getUserAuthorizedResources: {
    parameters: {
      query: {
        /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
        userId: string;
        /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
        /** Code of permission group (permission space), get default permission group if not provided. */
        namespace?: string;
        /** Resource type, such as data, API, menu, button. */
        resourceType?: "DATA" | "API" | "MENU" | "BUTTON" | "UI";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.AuthorizedResourcePaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CheckSessionStatusDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CheckSessionStatusRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ImportOtpReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getOtpSecretByUser: {
    parameters: {
      query: {
        /** User ID. */
        userId: string;
        /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetOtpSecretRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.GetUserPasswordCiphertextDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetUserPasswordCiphertextRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.LinkIdentityDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.LinkIdentityResDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UnlinkIdentity;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UnlinkIdentityResDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.SetMfaStatusDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getUserMfaStatus: {
    parameters: {
      query: {
        /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
        userId: string;
        /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetMapInfoRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getUserSyncRelations: {
    parameters: {
      query: {
        /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
        userId: string;
        /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.SyncRelationListRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteUserSyncRelationReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.GetUserEncryptPasswordBatchDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetUserEncryptPasswordBatchRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getPublicAccountRoles: {
    parameters: {
      query: {
        /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
        userId: string;
        /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
        /** Code of permission group (permission space), get default permission group if not provided. */
        namespace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PublicAccountPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getPublicAccountsOfRole: {
    parameters: {
      query: {
        /** Role ID. */
        roleId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PublicAccountPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.SetUserRolesDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getPublicAccountsOfGroup: {
    parameters: {
      query: {
        /** Group ID. */
        groupId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PublicAccountPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getGroupsOfPublicAccount: {
    parameters: {
      query: {
        /** User's unique identifier, can be user ID, username, email, phone number, external ID, ID in external identity source. */
        userId: string;
        /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GroupPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.SetUserGroupsDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getPublicAccountsOfDepartment: {
    parameters: {
      query: {
        /** Department ID. */
        departmentId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PublicAccountPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getPublicAccountDepartments: {
    parameters: {
      query: {
        /** The user's unique identifier can be user ID, username, email, mobile phone number, externalId, or ID in an external identity source. For details, see the description of the userIdType field. Defaults to user id. */
        userId: string;
        /** User ID type, the default value is `user_id`, the optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: user’s mobile phone number; `email`: user email; `username`: username; `external_id`: the user's ID in the external system, corresponding to the `externalId` field of GenAuth user information; `identity`: The user's external identity source information, in the format of `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of the GenAuth identity source, `<userIdInIdp>` is the user's external identity source ID. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: The user's external identity source information in the format of `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user's The ID of the external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
        /** Current page number, starting from 1. */
        page?: number;
        /** The number of pages per page cannot exceed 50, and the default is 10. */
        limit?: number;
        /** Whether to obtain custom data. */
        withCustomData?: boolean;
        /** Whether to obtain the department path. */
        withDepartmentPaths?: boolean;
        /** Sorting basis, such as department creation time, department joining time, department name, department identifier. */
        sortBy?: "DepartmentCreatedAt" | "JoinDepartmentAt" | "DepartmentName" | "DepartmemtCode";
        /** Ascending or descending order. */
        orderBy?: "Asc" | "Desc";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserDepartmentPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.SetUserDepartmentsDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ResignUserBatchReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ResignUserRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getPostOfPublicUser: {
    parameters: {
      query: {
        /** User id. */
        userId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CreatePostDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getPublicAccountsOfPost: {
    parameters: {
      query: {
        /** Position ID. */
        postId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PublicAccountPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UserConnectionPostDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UserConnectionPostDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getSyncTask: {
    parameters: {
      query: {
        /** Sync task ID. */
        syncTaskId: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.SyncTaskSingleRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listSyncTasks: {
    parameters: {
      query?: {
        /** Current page number, starting from 1. */
        page?: number;
        /** The number of pages per page cannot exceed 50, and the default is 10. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.SyncTaskPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateSyncTaskDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.SyncTaskPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateSyncTaskDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.SyncTaskPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.TriggerSyncTaskDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.TriggerSyncTaskRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getSyncJob: {
    parameters: {
      query: {
        /** Sync job ID. */
        syncJobId: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.SyncJobSingleRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listSyncJobs: {
    parameters: {
      query: {
        /** Sync task ID. */
        syncTaskId: number;
        /** Current page number, starting from 1. */
        page?: number;
        /** The number of pages per page cannot exceed 50, and the default is 10. */
        limit?: number;
        /** Synchronization task trigger type: `manually`: trigger execution manually; `timed`: timed trigger; `automatic`: automatically triggered based on events. */
        syncTrigger?: "manually" | "timed" | "automatic";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.SyncJobPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listSyncJobLogs: {
    parameters: {
      query: {
        /** Sync job ID. */
        syncJobId: number;
        /** Current page number, starting from 1. */
        page?: number;
        /** The number of pages per page cannot exceed 50, and the default is 10. */
        limit?: number;
        /** Filter based on whether the operation is successful. */
        success?: boolean;
        /** Filter by operation type: `CreateUser`: Create user; `UpdateUser`: Modify user information; `DeleteUser`: delete user; `UpdateUserIdentifier`: Modify the user's unique identifier; `ChangeUserDepartment`: Modify user department; `CreateDepartment`: Create a department; `UpdateDepartment`: Modify department information; `DeleteDepartment`: delete department; `MoveDepartment`: Move department; `UpdateDepartmentLeader`: synchronization department leader; `CreateGroup`: Create a group; `UpdateGroup`: Modify group; `DeleteGroup`: delete group; `Updateless`: no updates. */
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
        /** Operation object type: `department`: department; `user`: user. */
        objectType?: "DEPARTMENT" | "USER";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.TriggerSyncTaskRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listSyncRiskOperations: {
    parameters: {
      query: {
        /** Sync task ID. */
        syncTaskId: number;
        /** Current page number, starting from 1. */
        page?: number;
        /** The number of pages per page cannot exceed 50, and the default is 10. */
        limit?: number;
        /** Filter based on execution status. Sent as `status[]=…` once per item. */
        status?: ("PENDING" | "SUCCESS" | "FAILED" | "CANCELED" | "EXECUTING")[];
        /** According to the operation object type, all types of records are obtained by default: `department`: department; `user`: user. Sent as `objectType[]=…` once per item. */
        objectType?: ("DEPARTMENT" | "USER")[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.SyncRiskOperationPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.TriggerSyncRiskOperationDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.TriggerSyncRiskOperationsRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CancelSyncRiskOperationDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CancelSyncRiskOperationsRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getUniversalInvitation: {
    parameters: {
      query?: {
        /** Whether to obtain detailed information of the selected department. */
        withDepartmentDetail?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetUniversalInvitationRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateUniversalInvitationDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetUniversalInvitationRespDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GenerateInvitationLinkRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.PaginationUniversalInvitationApplicantQueryDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PaginationUniversalInvitationApplicantRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ApprovalUniversalInvitationApplicantDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ApprovalUniversalInvitationApplicantDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.PaginationInvitationPolicyQueryDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PaginationInvitationPolicyRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateInvitationPolicyDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetInvitationPolicyRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getPolicyDetailById: {
    parameters: {
      query: {
        /** Policy ID. */
        policyId: string;
        /** Roster ID, get associated policy details based on roster ID, when sending invitations in roster, a snapshot will be generated for the policy, if you need to get the corresponding policy configuration at the time of sending after sending invitations in roster, you should carry this parameter. */
        rosterId?: string;
        /** Whether to return creator details. */
        withCreatorDetail?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetInvitationPolicyRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CopyInvitationPolicyDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetInvitationPolicyRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateInvitationPolicyDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetInvitationPolicyRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listRegisterExtendsFields: {
    parameters: {
      query: {
        /** Policy ID. */
        policyId: string;
        /** Roster ID, get associated policy details based on roster ID, when sending invitations in roster, a snapshot will be generated for the policy, if you need to get the corresponding policy configuration at the time of sending after sending invitations in roster, you should carry this parameter. */
        rosterId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetExtendsFieldsRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.PolicyExtendsFieldsDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetExtendsFieldsRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteInvitationPolicyByIdsDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getPolicyUserAttributionDetail: {
    parameters: {
      query: {
        /** Attribution association record ID. */
        id: string;
        /** Whether to return associated object details. */
        withTargetDetail?: boolean;
        /** When the associated object is a department, whether to return other detailed information of the department, including namePath, codePath, idPath. */
        withDepartmentExtInfo?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserAttributionSingleRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listPolicyUserAttributionDetail: {
    parameters: {
      query: {
        /** Current page number, starting from 1. */
        page?: number;
        /** Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** Policy ID. */
        policyId: string;
        /** Whether to return associated object details. */
        withTargetDetail?: boolean;
        /** When the associated object is a department, whether to return other detailed information of the department, including namePath, codePath, idPath. */
        withDepartmentExtInfo?: boolean;
        /** Associated object type. */
        targetType: "department" | "post" | "role" | "group";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserAttributionPaginationRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.AddInvitationPolicyUserAttributionDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserAttributionSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.AddInvitationPolicyUserAttributionsBatchDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.SetInvitationPolicyUserAttributionMainDepartmentDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.RemoveInvitationPolicyUserAttributionMainDepartmentDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getUserAttributionMainDepartment: {
    parameters: {
      query: {
        /** Policy ID. */
        policyId: string;
        /** Whether to return to the main department details. */
        withDepartmentDetail?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserAttributionMainDepartmentRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.RemoveInvitationPolicyUserAttributionDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.RemoveInvitationPolicyUserAttributionsBatchDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.EmailTemplateQueryDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetEmailTemplateRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateEmailTemplateDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetEmailTemplateRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ListInvitationRosterDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.InvitationRosterPaginationRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ListInvitationRosterByPolicyIdDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.InvitationRosterPaginationRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ListInvitationRosterDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.InvitationRosterPaginationRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getInvitationRoster: {
    parameters: {
      query: {
        /** Roster ID. */
        rosterId: string;
        /** Whether to return creator details. */
        withCreatorDetail?: boolean;
        /** Whether to return number of users associated with roster, optional. */
        withUserCount?: boolean;
        /** Whether to return policy associated with roster, optional. */
        withAssignedPolicy?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.InvitationRosterSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateInvitationRosterDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.InvitationRosterSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.BatchBindPolicy;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.BatchUnbindPolicy;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateInvitationRosterDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.InvitationRosterSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteInvitationRosterDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteInvitationRosterBatchDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.SendRosterInvitationDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.SendRosterInvitationBatchDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.RevertRosterInvitationDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.RevertRosterInvitationBatchDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.QuickFilterInvitationUserDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.QuickFilterInviteePaginationRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ListInvitationUserDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.InvitationUserPaginationRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteRosterUsersDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetImportExportTemplateRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  upload: {
    parameters: {
      query: {
        /** The `_private` argument of the official method. */
        private: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetImportExportTemplateRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ImportUsersDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetImportInviteeRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ExportUsersDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetImportExportTemplateRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getGroup: {
    parameters: {
      query: {
        /** Group code. */
        code: string;
        /** Whether to get custom data. */
        withCustomData?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GroupSingleRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listGroups: {
    parameters: {
      query?: {
        /** Search group code or group name. */
        keywords?: string;
        /** Current page number, starting from 1. */
        page?: number;
        /** Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** Whether to show metadata content. */
        withMetadata?: boolean;
        /** Whether to get custom data. */
        withCustomData?: boolean;
        /** Whether to flatten extended fields. */
        flatCustomData?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GroupPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getAllGroups: {
    parameters: {
      query?: {
        /** Whether to get member list. */
        fetchMembers?: boolean;
        /** Whether to get custom data. */
        withCustomData?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GroupListRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateGroupReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GroupSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateOrUpdateGroupReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CreateOrUpdateGroupRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateGroupBatchReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GroupListRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateGroupReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GroupSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteGroupsReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.AddGroupMembersReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.RemoveGroupMembersReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listGroupMembers: {
    parameters: {
      query: {
        /** Group code. */
        code: string;
        /** Current page number, starting from 1. */
        page?: number;
        /** Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** Whether to get custom data. */
        withCustomData?: boolean;
        /** Whether to get identities. */
        withIdentities?: boolean;
        /** Whether to obtain the department ID list. */
        withDepartmentIds?: boolean;
        /** Whether to flatten extended fields. */
        flatCustomData?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getGroupAuthorizedResources: {
    parameters: {
      query: {
        /** Group code. */
        code: string;
        /** Code of permission group (permission space), get default permission group if not provided. */
        namespace?: string;
        /** Resource type. */
        resourceType?: "DATA" | "API" | "MENU" | "BUTTON" | "UI";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.AuthorizedResourceListRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getRole: {
    parameters: {
      query: {
        /** Unique identifier of role within permission group. */
        code: string;
        /** Code of permission group (permission space), get default permission group if not provided. */
        namespace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.RoleSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.AssignRoleDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.AssignRoleBatchDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.RevokeRoleDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.RevokeRoleBatchDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getRoleAuthorizedResources: {
    parameters: {
      query: {
        /** Unique identifier of role within permission group. */
        code: string;
        /** Code of permission group. */
        namespace?: string;
        /** Resource type, such as data, API, button, menu. */
        resourceType?: "DATA" | "API" | "MENU" | "BUTTON" | "UI";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.RoleAuthorizedResourcePaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listRoleMembers: {
    parameters: {
      query: {
        /** Current page number, starting from 1. */
        page?: number;
        /** Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** Whether to get custom data. */
        withCustomData?: boolean;
        /** Whether to get identities. */
        withIdentities?: boolean;
        /** Whether to obtain the department ID list. */
        withDepartmentIds?: boolean;
        /** Unique identifier of role within permission group. */
        code: string;
        /** Code of permission group. */
        namespace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listRoleDepartments: {
    parameters: {
      query: {
        /** The unique identifier of the role within the permission group. */
        code: string;
        /** The code of the permission group it belongs to. */
        namespace?: string;
        /** Current page number, starting from 1. */
        page?: number;
        /** The number of pages per page cannot exceed 50, and the default is 10. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.RoleDepartmentListPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateRoleDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.RoleSingleRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listRoles: {
    parameters: {
      query?: {
        /** Current page number, starting from 1. */
        page?: number;
        /** Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** Used for fuzzy search by role code or name, optional. */
        keywords?: string;
        /** Code of permission group (permission space), get default permission group if not provided. */
        namespace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.RolePaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteRoleDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateRolesBatch;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateRoleDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteRoleBatchDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CheckRoleParamsDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.RoleCheckParamsRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listRoleAssignments: {
    parameters: {
      query: {
        /** Current page number, starting from 1. */
        page?: number;
        /** Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** Search by role code or role name. */
        query?: string;
        /** Role code, can only use letters, numbers and -_, maximum 50 characters. */
        roleCode: string;
        /** Permission space code. */
        namespaceCode?: string;
        /** Target type, accepts user. Sent as `targetType[]=…` once per item. */
        targetType?: ("USER" | "ORG")[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.RoleListPageRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateAdminRoleDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.RoleCheckParamsRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteAdminRoleDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CheckRoleMutualExclusionReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CheckRoleMutualExclusionRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listExtIdp: {
    parameters: {
      query?: {
        /** Tenant ID. */
        tenantId?: string;
        /** Application ID. */
        appId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ExtIdpListPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getExtIdp: {
    parameters: {
      query: {
        /** Tenant ID. */
        tenantId?: string;
        /** Application ID. */
        appId?: string;
        /** Identity source ID. */
        id: string;
        /** Identity source type. */
        type?: "social" | "enterprise";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ExtIdpDetailSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateExtIdpDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ExtIdpSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateExtIdpDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ExtIdpSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteExtIdpDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateExtIdpConnDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ExtIdpConnDetailSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateExtIdpConnDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ExtIdpConnDetailSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteExtIdpConnDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ChangeExtIdpConnStateDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ChangeExtIdpAssociationStateDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listTenantExtIdp: {
    parameters: {
      query?: {
        /** Tenant ID. */
        tenantId?: string;
        /** Application ID. */
        appId?: string;
        /** Identity source type. */
        type?: "social" | "enterprise";
        /** Current page number, starting from 1. */
        page?: number;
        /** The number of pages per page cannot exceed 50, and the default is 10. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ExtIdpListPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  extIdpConnStateByApps: {
    parameters: {
      query: {
        /** Tenant ID. */
        tenantId?: string;
        /** Application ID. */
        appId?: string;
        /** Identity source ID. */
        id: string;
        /** Identity source type. */
        type?: "social" | "enterprise";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ExtIdpListPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.GetWechatAccessTokenDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetWechatAccessTokenInfoRespDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CustomFieldListRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listUserBaseFields: {
    parameters: {
      query: {
        /** Tenant ID. */
        tenantId?: string;
        /** Target object type: `USER`: User; `ROLE`: Role; `GROUP`: Group ;This interface does not support group(GROUP) yet. */
        targetType: "USER" | "ROLE" | "GROUP" | "DEPARTMENT";
        /** Field type. */
        dataType: "STRING" | "NUMBER" | "DATETIME" | "BOOLEAN" | "OBJECT" | "SELECT";
        /** Current page number, starting from 1. */
        page?: number;
        /** Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** User visible. */
        userVisible?: boolean;
        /** Admin visible. */
        adminVisible?: boolean;
        /** Access control. */
        accessControl?: boolean;
        /** Search keyword. */
        keyword?: string;
        /** Search language. */
        lang?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ListCistomFieldsResDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.SetUserBaseFieldsReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CustomFieldListRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getCustomFields: {
    parameters: {
      query: {
        /** Target object type: `USER`: User; `ROLE`: Role; `GROUP`: Group ;This interface does not support group(GROUP) yet. */
        targetType: "USER" | "ROLE" | "GROUP" | "DEPARTMENT";
        /** Tenant ID. */
        tenantId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CustomFieldListRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listCustFields: {
    parameters: {
      query: {
        /** Tenant ID. */
        tenantId?: string;
        /** Target object type: `USER`: User; `ROLE`: Role; `GROUP`: Group ;This interface does not support group(GROUP) yet. */
        targetType: "USER" | "ROLE" | "GROUP" | "DEPARTMENT";
        /** Field type. */
        dataType: "STRING" | "NUMBER" | "DATETIME" | "BOOLEAN" | "OBJECT" | "SELECT";
        /** Current page number, starting from 1. */
        page?: number;
        /** Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** User visible. */
        userVisible?: boolean;
        /** Admin visible. */
        adminVisible?: boolean;
        /** Access control. */
        accessControl?: boolean;
        /** Search keyword. */
        keyword?: string;
        /** Search language. */
        lang?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ListCistomFieldsResDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.SetCustomFieldsReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CustomFieldListRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteCustomFieldsReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.SetCustomDataReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getCustomData: {
    parameters: {
      query: {
        /** Tenant ID. */
        tenantId: string;
        /** Target object type: `USER`: User; `ROLE`: Role; `GROUP`: Group. */
        targetType: "USER" | "ROLE" | "GROUP" | "DEPARTMENT";
        /** Unique identifier of target object: For user, it's user ID, like `6343b98b7cfxxx9366e9b7c`; For role, it's role code, like `admin`; For group, it's group code, like `developer` */
        targetIdentifier: string;
        /** Code of permission group, required when targetType is role, otherwise can be ignored. */
        namespace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetCustomDataRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateResourceDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ResourceRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateResourcesBatchDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getResource: {
    parameters: {
      query: {
        /** Resource unique identifier. */
        code: string;
        /** Code of permission group (permission space), get default permission group if not provided. */
        namespace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ResourceRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getResourcesBatch: {
    parameters: {
      query: {
        /** Code of permission group (permission space), get default permission group if not provided. */
        namespace?: string;
        /** Resource code list, can use comma to separate for batch. Sent as `codeList[]=…` once per item. */
        codeList: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ResourceListRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listCommonResource: {
    parameters: {
      query?: {
        /** Current page number, starting from 1. */
        page?: number;
        /** Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** Query condition. */
        keyword?: string;
        /** Permission space list. */
        namespaceCodeList?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResourcePaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listResources: {
    parameters: {
      query?: {
        /** Code of permission group (permission space), get default permission group if not provided. */
        namespace?: string;
        /** Resource type. */
        type?: "DATA" | "API" | "MENU" | "BUTTON" | "UI";
        /** Current page number, starting from 1. */
        page?: number;
        /** Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ResourcePaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateResourceDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ResourceRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteResourceDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteResourcesBatchDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteCommonResourcesBatchDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.AssociateTenantResourceDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateNamespaceDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.NamespaceRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateNamespacesBatchDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getNamespace: {
    parameters: {
      query: {
        /** Permission group unique identifier. */
        code: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.NamespaceRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getNamespacesBatch: {
    parameters: {
      query: {
        /** Permission group code list, can use comma to separate for batch. Sent as `codeList[]=…` once per item. */
        codeList: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.NamespaceListRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateNamespaceDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UpdateNamespaceRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteNamespaceDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteNamespacesBatchDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listNamespaces: {
    parameters: {
      query?: {
        /** Current page number, starting from 1. */
        page?: number;
        /** Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** Search permission group Code. */
        keywords?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.NamespaceListPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listNamespaceRoles: {
    parameters: {
      query: {
        /** Current page number, starting from 1. */
        page?: number;
        /** Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** Permission group unique identifier. */
        code: string;
        /** Role Code or name. */
        keywords?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.NamespaceRolesListPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.AuthorizeResourcesDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getAuthorizedResources: {
    parameters: {
      query: {
        /** Target object type: `USER`: User; `ROLE`: Role; `GROUP`: Group. */
        targetType: "USER" | "ROLE" | "GROUP" | "DEPARTMENT";
        /** Target object unique identifier: For user, it's user ID, like `6343b98b7cfxxx9366e9b7c`; For role, it's role code, like `admin`; For group, it's group code, like `developer` */
        targetIdentifier: string;
        /** Code of permission group (permission space), get default permission group if not provided. */
        namespace?: string;
        /** Limit resource type, like data, API, button, menu. */
        resourceType?: "DATA" | "API" | "MENU" | "BUTTON" | "UI";
        /** Limit query resource list, if specified, will only return specified resource list. resourceList parameter supports prefix matching, for example: If authorized a resource as `books:123`, can match with `books:*`;; If authorized a resource as `books:fictions_123`, can match with `books:fictions_`;. Sent as `resourceList[]=…` once per item. */
        resourceList?: string[];
        /** Whether to get denied resources. */
        withDenied?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.AuthorizedResourcePaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.IsActionAllowedDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsActionAllowedRespDtp | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.GetResourceAuthorizedTargetsDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetResourceAuthorizedTargetRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.GetUserActionLogsDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserActionLogRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.GetAdminAuditLogsDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.AdminAuditLogRespDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetEmailTemplatesRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateEmailTemplateDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.EmailTemplateSingleItemRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.PreviewEmailTemplateDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PreviewEmailTemplateRespDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.EmailProviderRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ConfigEmailProviderDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.EmailProviderRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getApplication: {
    parameters: {
      query: {
        /** Application ID. */
        appId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ApplicationSingleRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  detailAuthSubject: {
    parameters: {
      query: {
        /** Subject ID. */
        targetId: string;
        /** Subject type. */
        targetType: "USER" | "ROLE" | "GROUP" | "ORG" | "AK_SK";
        /** Application ID. */
        appId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetSubjectAuthRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ListAuthSubjectDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ListApplicationSubjectRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ListApplicationAuthDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ListApplicationAuthPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateAuthEnabledDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  deleteAuth: {
    parameters: {
      query: {
        /** The `authIds` argument of the official method. Sent as `authIds[]=…` once per item. */
        authIds: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listApplications: {
    parameters: {
      query?: {
        /** Current page number, starting from 1. */
        page?: number;
        /** Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** Whether it is an integrated application. */
        isIntegrateApp?: boolean;
        /** Whether it is a self-built application. */
        isSelfBuiltApp?: boolean;
        /** Whether single sign-on is enabled. */
        ssoEnabled?: boolean;
        /** Fuzzy search string. */
        keywords?: string;
        /** Search applications, true: search all applications, default is false. */
        all?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ApplicationPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getApplicationSimpleInfo: {
    parameters: {
      query: {
        /** Application ID. */
        appId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ApplicationSimpleInfoSingleRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listApplicationSimpleInfo: {
    parameters: {
      query?: {
        /** Current page number, starting from 1. */
        page?: number;
        /** Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** Whether it is an integrated application. */
        isIntegrateApp?: boolean;
        /** Whether it is a self-built application. */
        isSelfBuiltApp?: boolean;
        /** Whether single sign-on is enabled. */
        ssoEnabled?: boolean;
        /** Fuzzy search string. */
        keywords?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ApplicationSimpleInfoPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateApplicationDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CreateApplicationRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateApplicationDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteApplicationDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getApplicationSecret: {
    parameters: {
      query: {
        /** Application ID. */
        appId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetApplicationSecretRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.RefreshApplicationSecretDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.RefreshApplicationSecretRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ListApplicationActiveUsersDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getApplicationPermissionStrategy: {
    parameters: {
      query: {
        /** Application ID. */
        appId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetApplicationPermissionStrategyRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateApplicationPermissionStrategyDataDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.AuthorizeApplicationAccessDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.RevokeApplicationAccessDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CheckDomainAvailable;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CheckDomainAvailableSecretRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listTenantApplications: {
    parameters: {
      query: {
        /** Get the page number of the application list. */
        page: string;
        /** Number of applications obtained per page. */
        limit: string;
        /** Search keywords. */
        keywords: string;
        /** Whether the application includes single sign-on. */
        sso_enabled: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.TenantApplicationListPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateLoginConfigDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserPoolTenantConfigDtoRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateUserPoolTenantLoginConfigDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateTenantAppqrcodeState;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ChangeUserPoolTenantExtIdpConnDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateApplicationMfaSettingsDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.MFASettingsRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getMfaTriggerData: {
    parameters: {
      query: {
        /** Application ID. */
        appId: string;
        /** User's unique identifier, can be user ID, username, email, phone number, externalId, ID in external identity source, see userIdType field description for details. Default is user id. */
        userId: string;
        /** User ID type, default value is `user_id`, optional values are: `user_id`: GenAuth user ID, such as `6319a1504f3xxxxf214dd5b7`; `phone`: User phone number; `email`: User email; `username`: Username; `external_id`: User ID in external system, corresponding to the `externalId` field of GenAuth user information; `identity`: User's external identity source information, format is `<extIdpId>:<userIdInIdp>`, where `<extIdpId>` is the ID of GenAuth identity source, `<userIdInIdp>` is the user ID in external identity source. Example value: `62f20932716fbcc10d966ee5:ou_8bae746eac07cd2564654140d2a9ac61`.; `sync_relation`: User's external identity source information, format is `<provier>:<userIdInIdp>`, where `<provier>` is the synchronization identity source type, such as wechatwork, lark; `<userIdInIdp>` is the user ID in external identity source. Example value: `lark:ou_8bae746eac07cd2564654140d2a9ac61`. */
        userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetMapInfoRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateAsaAccountDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.AsaAccountSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateAsaAccountsBatchDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateAsaAccountDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.AsaAccountSingleRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listAsaAccount: {
    parameters: {
      query: {
        /** Application ID. */
        appId: string;
        /** Current page number, starting from 1. */
        page?: number;
        /** Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.AsaAccountPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getAsaAccount: {
    parameters: {
      query: {
        /** Application ID. */
        appId: string;
        /** ASA account ID. */
        accountId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.AsaAccountSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.GetAsaAccountBatchDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.AsaAccountListRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteAsaAccountDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteAsaAccountBatchDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.AssignAsaAccountsDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.AssignAsaAccountsDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getAsaAccountAssignedTargets: {
    parameters: {
      query: {
        /** Application ID. */
        appId: string;
        /** ASA account ID. */
        accountId: string;
        /** Current page number, starting from 1. */
        page?: number;
        /** Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetAsaAccountAssignedTargetRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getAssignedAccount: {
    parameters: {
      query: {
        /** Application ID. */
        appId: string;
        /** Target object type: `USER`: User; `ROLE`: Role; `GROUP`: Group. */
        targetType: "USER" | "ROLE" | "GROUP" | "DEPARTMENT";
        /** Target object unique identifier: For user, it's user ID, like `6343b98b7cfxxx9366e9b7c`; For role, it's role code, like `admin`; For group, it's group code, like `developer` */
        targetIdentifier: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.AsaAccountSingleNullableRespDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.SecuritySettingsRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateSecuritySettingsDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.SecuritySettingsRespDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.MFASettingsRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.MFASettingsDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.MFASettingsRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.MFADisableSettingsDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.MFASettingsRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateTenantDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CreateTenantRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateTenantDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteTenantDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listTenants: {
    parameters: {
      query?: {
        /** Search keywords. */
        keywords?: string;
        /** Whether to add returned tenant member statistics. */
        withMembersCount?: boolean;
        /** Added simple information returned to the app under the tenant. */
        withAppDetail?: boolean;
        /** Added the ability to return simple information about the creator under the tenant. */
        withCreatorDetail?: boolean;
        /** Add simple information returned to the source app under the tenant. */
        withSourceAppDetail?: boolean;
        /** Page number. */
        page?: string;
        /** Amount of data obtained per page. */
        limit?: string;
        /** Tenant source. */
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.TenantListPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getTenantLittleInfo: {
    parameters: {
      query: {
        /** Tenant ID. */
        tenantId: string;
        /** Whether to add returned tenant member statistics. */
        withMembersCount?: boolean;
        /** Added the ability to return simple information about tenant associated applications. */
        withAppDetail?: boolean;
        /** Added the ability to return simple information about the creator under the tenant. */
        withCreatorDetail?: boolean;
        /** Added simple information returned to tenant source application. */
        withSourceAppDetail?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.TenantSingleRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getTenant: {
    parameters: {
      query: {
        /** Tenant ID. */
        tenantId: string;
        /** Whether to add returned tenant member statistics. */
        withMembersCount?: boolean;
        /** Added the ability to return simple information about tenant associated applications. */
        withAppDetail?: boolean;
        /** Added the ability to return simple information about the creator under the tenant. */
        withCreatorDetail?: boolean;
        /** Added simple information returned to tenant source application. */
        withSourceAppDetail?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.TenantSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ImportTenantDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ImportTenantRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  importTenantHistory: {
    parameters: {
      query?: {
        /** Page number. */
        page?: string;
        /** Amount of data obtained per page. */
        limit?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ImportTenantHistoryRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  importTenantNotifyUser: {
    parameters: {
      query: {
        /** Import record id. */
        importId: string;
        /** Page number. */
        page?: string;
        /** Amount of data obtained per page. */
        limit?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ImportTenantNotifyUserRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.SendManyTenantEmailDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.SendEmailBatchDataDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.SendManyTenantSmsDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.SendSmsBatchRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ListTenantAdminDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.TenantUserListPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.RemoveTenantUsersDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.GetTenantUserDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.RemoveTenantUsersDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.GenerateInviteTenantUserLink;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.InviteTenantUsersRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listInviteTennatUserRecords: {
    parameters: {
      query: {
        /** Search keywords. */
        keywords: string;
        /** Page number. */
        page: string;
        /** Amount of data obtained per page. */
        limit: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.InviteTenantUserRecordListRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listMultipleTenantAdmin: {
    parameters: {
      query?: {
        /** Search keywords. */
        keywords?: string;
        /** Page number. */
        page?: string;
        /** Amount of data obtained per page. */
        limit?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.MultipleTenantAdminPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateMultipleTenantAdminDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getMultipleTenantAdmin: {
    parameters: {
      query: {
        /** User ID. */
        userId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.MultipleTenantAdminPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listTenantCooperators: {
    parameters: {
      query?: {
        /** Search keywords. */
        keywords?: string;
        /** Whether it is external. */
        external?: boolean;
        /** Page number. */
        page?: string;
        /** Amount of data obtained per page. */
        limit?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.TenantCooperatorPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getTenantCooperator: {
    parameters: {
      query: {
        /** User ID. */
        userId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.TenantCooperatorSingleRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getTenantCooperatorMenu: {
    parameters: {
      query: {
        /** User ID. */
        userId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.TenantCooperatorSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateTenantCooperatorDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getTenantByCode: {
    parameters: {
      query: {
        /** Tenant Code. */
        code: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.TenantSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateTenantEnterpriseCertificationBodyDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateTenantEnterpriseCertificationBodyDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ReviewTenantEnterpriseCertificationBodyDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getTenantEnterpriseCertification: {
    parameters: {
      query: {
        /** The `tenantId` argument of the official method. */
        tenant_id: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.TenantEnterpriseCertificationRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.SendInviteTenantUserEmailDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.AddTenantUsersDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.RemoveTenantUsersDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateTenantUserDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateTenantUserReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.TenantUserRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ListTenantUserDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.TenantUserListPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getTenantUser: {
    parameters: {
      query: {
        /** Tenant ID. */
        tenantId: string;
        /** User ID at the associated user pool level. */
        linkUserId?: string;
        /** Tenant member ID. */
        memberId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.TenantUserSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.AddTenantDepartmentMembersReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.RemoveTenantDepartmentMembersReqDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreatePermissionNamespaceDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CreatePermissionNamespaceResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreatePermissionNamespacesBatchDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getPermissionNamespace: {
    parameters: {
      query: {
        /** Permission namespace Code. */
        code: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetPermissionNamespaceResponseDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getPermissionNamespacesBatch: {
    parameters: {
      query: {
        /** Permission namespace code list, can use comma to separate for batch. Sent as `codes[]=…` once per item. */
        codes: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetPermissionNamespaceListResponseDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listPermissionNamespaces: {
    parameters: {
      query?: {
        /** Current page number, starting from 1. */
        page?: number;
        /** Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** Permission namespace name. */
        query?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PermissionNamespaceListPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdatePermissionNamespaceDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UpdatePermissionNamespaceResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeletePermissionNamespaceDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeletePermissionNamespacesBatchDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CheckPermissionNamespaceExistsDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PermissionNamespaceCheckExistsRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listPermissionNamespaceRoles: {
    parameters: {
      query: {
        /** Current page number, starting from 1. */
        page?: number;
        /** Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** Permission group unique identifier Code. */
        code: string;
        /** Role Code or name. */
        query?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PermissionNamespaceRolesListPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateDataResourceDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CreateDataResourceResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateStringDataResourceDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CreateStringDataResourceResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateArrayDataResourceDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CreateArrayDataResourceResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateTreeDataResourceDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CreateTreeDataResourceResponseDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listDataResources: {
    parameters: {
      query?: {
        /** Current page number, starting from 1. */
        page?: number;
        /** Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** Keyword search, can be data resource name or data resource Code. */
        query?: string;
        /** Permission data belonging to permission namespace Code list. Sent as `namespaceCodes[]=…` once per item. */
        namespaceCodes?: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ListDataResourcesPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getDataResource: {
    parameters: {
      query: {
        /** Permission space Code that the data resource belongs to. */
        namespaceCode: string;
        /** Data resource Code, unique within permission space. */
        resourceCode: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetDataResourceResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateDataResourceDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UpdateDataResourceResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteDataResourceDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  checkDataResourceExists: {
    parameters: {
      query: {
        /** Permission space Code that the data resource belongs to. */
        namespaceCode: string;
        /** Data resource name, unique within permission space. */
        resourceName?: string;
        /** Data resource Code, unique within permission space. */
        resourceCode?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CheckParamsDataResourceResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateDnefReq;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.BatchCreateDnefReq;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteDnefReq;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateDnefReq;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listDnef: {
    parameters: {
      query: {
        /** Starting index, default is 1, starting from the 1st item. */
        startIndex?: number;
        /** Maximum number of items per query, cannot exceed 50, default is 10. */
        maxSize?: number;
        /** Keyword search, can be field unique identifier, display name. */
        query?: string;
        /** Permission space Code that the data resource belongs to. */
        namespaceCode: string;
        /** Data resource Code, unique within permission space. */
        resourceCode: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ListDnefPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateDataPolicyDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CreateDataPolicyResponseDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listDataPolices: {
    parameters: {
      query?: {
        /** Current page number, starting from 1. */
        page?: number;
        /** Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** Data policy name keyword search. */
        query?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ListDataPoliciesPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listSimpleDataPolices: {
    parameters: {
      query?: {
        /** Current page number, starting from 1. */
        page?: number;
        /** Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** Data policy name keyword search. */
        query?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ListSimpleDataPoliciesPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getDataPolicy: {
    parameters: {
      query: {
        /** Data policy ID. */
        policyId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetDataPolicyResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateDataPolicyDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UpdateDataPolicyResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteDataPolicyDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  checkDataPolicyExists: {
    parameters: {
      query: {
        /** Data policy name, unique within user pool. */
        policyName: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CheckParamsDataPolicyResponseDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listDataPolicyTargets: {
    parameters: {
      query: {
        /** Data policy ID. */
        policyId: string;
        /** Current page number, starting from 1. */
        page?: number;
        /** Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** Subject name. */
        query?: string;
        /** Subject type, including four types: USER, GROUP, ROLE, ORG. Sent as `targetType[]=…` once per item. */
        targetType?: ("USER" | "ORG" | "GROUP" | "ROLE")[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ListDataPolicySubjectPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateAuthorizeDataPolicyDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteAuthorizeDataPolicyDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.GetUserPermissionListDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetUserPermissionListRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CheckPermissionDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CheckPermissionRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CheckExternalUserPermissionDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CheckExternalUserPermissionRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.GetUserResourcePermissionListDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetUserResourcePermissionListRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ListResourceTargetsDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ListResourceTargetsRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.GetUserResourceStructDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetUserResourceStructRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.GetExternalUserResourceStructDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetExternalUserResourceStructRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CheckUserSameLevelPermissionDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CheckUserSameLevelPermissionResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ListPermissionViewDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ListPermissionViewResponseDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CostGetCurrentPackageRespDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CostGetCurrentUsageRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getMauPeriodUsageHistory: {
    parameters: {
      query: {
        /** Start time (year month day) */
        startTime: string;
        /** End time (year month day) */
        endTime: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CostGetMauPeriodUsageHistoryRespDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CostGetAllRightItemRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getOrders: {
    parameters: {
      query?: {
        /** Current page number, starting from 1. */
        page?: number;
        /** Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CostGetOrdersRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getOrderDetail: {
    parameters: {
      query: {
        /** Order number. */
        orderNo: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CostGetOrderDetailRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getOrderPayDetail: {
    parameters: {
      query: {
        /** Order number. */
        orderNo: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CostGetOrderPayDetailRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateEventAppDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.EventAppPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listEvents: {
    parameters: {
      query?: {
        /** Current page number, starting from 1. */
        page?: number;
        /** Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** Application type. */
        app?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.OpenEventPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DefineEventDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.PubEventDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PubEventRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.PubEventDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PubEventRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.AddWhitelistOfAppDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.WhitelistListRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listWhitelistsOfApp: {
    parameters: {
      query: {
        /** Whitelist type. */
        type: "USERNAME" | "EMAIL" | "PHONE";
        /** APP ID. */
        appId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.WhitelistListRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteWhitelistOfAppDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.AddWhitelistDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.WhitelistListRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listWhitelists: {
    parameters: {
      query: {
        /** Whitelist type. */
        type: "USERNAME" | "EMAIL" | "PHONE";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.WhitelistListRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteWhitelistDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  findIpList: {
    parameters: {
      query: {
        /** Current page number, starting from 1. */
        page?: number;
        /** Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** IP type. */
        ipType: "BLACK" | "WHITE";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IpListPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.IpListCreateDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  deleteById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** ID of the entry to delete; it fills `{id}` in the path. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  findUserList: {
    parameters: {
      query: {
        /** Current page number, starting from 1. */
        page?: number;
        /** Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** IP type. */
        userListType: "BLACK" | "WHITE";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserListPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UserListCreateDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  deleteUserListById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** ID of the entry to delete; it fills `{id}` in the path. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  findRiskListPolicy: {
    parameters: {
      query: {
        /** Current page number, starting from 1. */
        page?: number;
        /** Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
        /** Policy operation object, currently only ip. */
        optObject: "IP" | "USER";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UserListPolicyPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.RiskListPolicyCreateDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  deleteRiskListPolicyById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** ID of the entry to delete; it fills `{id}` in the path. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetDeviceExclusiveRuleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateDeviceExclusiveRuleDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetDeviceExclusiveRuleRespDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetDeviceExclusiveValidScopeRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  findAppLists: {
    parameters: {
      query: {
        /** The `keyword` argument of the official method. */
        keyword: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetDeviceExclusiveValidScopeAppRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.SaveDeviceExclusiveValidScopeSettingsDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteDeviceExclusiveValidScopeSettingsByIdsDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetDeviceExclusiveWhiteListRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ApprovalProcessReq;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ApprovalBatchProcessReq;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getDetail: {
    parameters: {
      query: {
        /** Approval number. */
        number: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ApprovalDetailRes | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  pendList: {
    parameters: {
      query?: {
        /** Current page number, starting from 1. */
        pageNo?: number;
        /** The number of pages per page cannot exceed 50, and the default is 10. */
        pageSize?: number;
        /** Initiate approval object type, currently supports: application permission application (APP_PERMISSION_APPLY), role permission application (ROLE_PERMISSION_APPLY) */
        objectType?: "APP_PERMISSION_APPLY" | "ROLE_PERMISSION_APPLY";
        /** Used for fuzzy search based on approval number or initiator name, optional. */
        keyword?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ApprovalListRes | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  closedList: {
    parameters: {
      query?: {
        /** Current page number, starting from 1. */
        pageNo?: number;
        /** The number of pages per page cannot exceed 50, and the default is 10. */
        pageSize?: number;
        /** Initiate approval object type, currently supports: application permission application (APP_PERMISSION_APPLY), role permission application (ROLE_PERMISSION_APPLY) */
        objectType?: "APP_PERMISSION_APPLY" | "ROLE_PERMISSION_APPLY";
        /** Used for fuzzy search based on approval number or initiator name, optional. */
        keyword?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ApprovalListRes | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  logList: {
    parameters: {
      query?: {
        /** Current page number, starting from 1. */
        pageNo?: number;
        /** The number of pages per page cannot exceed 50, and the default is 10. */
        pageSize?: number;
        /** Initiate approval object type, currently supports: application permission application (APP_PERMISSION_APPLY), role permission application (ROLE_PERMISSION_APPLY) */
        objectType?: "APP_PERMISSION_APPLY" | "ROLE_PERMISSION_APPLY";
        /** Used for fuzzy search based on approval number, initiator name, and approval object name, optional. */
        keyword?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ApprovalListRes | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateTerminalDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.TerminalInfoRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateTerminalDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.TerminalInfoRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.QueryTerminalAppsDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.QueryTerminalAppsDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateTerminalDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.TerminalInfoRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreatePipelineFunctionDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PipelineFunctionSingleRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getPipelineFunction: {
    parameters: {
      query: {
        /** Pipeline function ID. */
        funcId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PipelineFunctionSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ReUploadPipelineFunctionDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PipelineFunctionSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdatePipelineFunctionDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PipelineFunctionSingleRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdatePipelineOrderDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeletePipelineFunctionDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listPipelineFunctions: {
    parameters: {
      query: {
        /** Filter by function trigger scene (optional, returns all by default): `PRE_REGISTER`: Before registration; `POST_REGISTER`: After registration; `PRE_AUTHENTICATION`: Before authentication; `POST_AUTHENTICATION`: After authentication; `PRE_OIDC_ID_TOKEN_ISSUED`: Before OIDC ID Token issuance; `PRE_OIDC_ACCESS_TOKEN_ISSUED`: Before OIDC Access Token issuance; `PRE_COMPLETE_USER_INFO`: Before completing user info. */
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PipelineFunctionPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getPipelineLogs: {
    parameters: {
      query: {
        /** Pipeline function ID. */
        funcId: string;
        /** Current page number, starting from 1. */
        page?: number;
        /** Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.PipelineFunctionPaginatedRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateWebhookDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CreateWebhookRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  listWebhooks: {
    parameters: {
      query?: {
        /** Current page number, starting from 1. */
        page?: number;
        /** Number per page, maximum cannot exceed 50, default is 10. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetWebhooksRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateWebhookDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.UpdateWebhooksRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteWebhookDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.ListWebhookLogs;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ListWebhookLogsRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.TriggerWebhookDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.TriggerWebhookRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getWebhook: {
    parameters: {
      query: {
        /** Webhook ID. */
        webhookId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetWebhookRespDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.WebhookEventListRespDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.LdapGetBindPwdRespDto | Schemas.GenAuthErrorEnvelope;
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
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.LdapConfigInfoRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.LdapUpdateDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.LdapOperateRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.LdapSaveDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.LdapOperateRespDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.LdapSetEnabledFlagDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.LdapOperateRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  queryLdapLog: {
    parameters: {
      query: {
        /** Type: 1 access log, 2 error log. */
        type: number;
        /** Connection ID. */
        connection?: number;
        /** Opcode. */
        operationNumber?: number;
        /** Error code. */
        errorCode?: number;
        /** Message content. */
        message?: string;
        /** Start time - timestamp. */
        startTime?: number;
        /** End time - timestamp. */
        endTime?: number;
        /** Current page, starting from 1. */
        page: number;
        /** Number of items per page. */
        limit: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.LdapLogRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  queryLdapSubEntries: {
    parameters: {
      query: {
        /** Current DN. */
        dn?: string;
        /** Current page, starting from 1. */
        page: number;
        /** Number of items per page. */
        limit: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.LdapLogRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getAccessKeyList: {
    parameters: {
      query?: {
        /** User ID that key belongs to. */
        userId?: string;
        /** Tenant ID to which the key belongs. */
        tenantId?: string;
        /** Key type. */
        type?: string;
        /** AccessKey status, activated: activated, staging: staged (can be rotated), revoked: revoked. Sent as `status[]=…` once per item. */
        status?: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ListAccessKeyResponseDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getAccessKey: {
    parameters: {
      query: {
        /** User ID. */
        userId: string;
        /** AccessKeyId. */
        accessKeyId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.GetAccessKeyResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.CreateAccessKeyDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CreateAccessKeyResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.DeleteAccessKeyDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.CommonResponseDto | Schemas.GenAuthErrorEnvelope;
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
        "application/json": Schemas.UpdateAccessKeyDto;
      };
    };
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.IsSuccessRespDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
  getVerifyConfigApp: {
    parameters: {
      query?: {
        /** Search keywords. */
        keywords?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** GenAuth's envelope; `data` holds the result when `statusCode` is 200. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": Schemas.ApplicationDto | Schemas.GenAuthErrorEnvelope;
        };
      };
    };
  };
}
