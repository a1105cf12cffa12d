import type { Handler } from "../handler.js";
import { bindEmail, bindPhone, unbindEmail, unbindPhone } from "./contact-binding.js";
import { updateEmail, updatePhone, verifyUpdateEmailRequest, verifyUpdatePhoneRequest } from "./contact-update.js";
import { deleteAccount, verifyDeleteAccountRequest } from "./delete-account.js";
import { sendEmail, sendSms } from "./messaging.js";
import { emptyList, emptyPage, getAccessibleApps, getLoggedInApps, getLoginHistory } from "./my-resources.js";
import { resetPassword, updatePassword, verifyResetPasswordRequest } from "./password.js";
import { getProfile, getSecurityLevel, updateProfile } from "./profile.js";
import { getCountryList, getSystemInfo } from "./public-info.js";
import { signInByCredentials, signInByMobile } from "./sign-in.js";
import { signUp } from "./sign-up.js";
import { wechatAccessToken } from "./wechat.js";

/** Hand-written behaviour, by SDK method name. Operations without one answer example data. */
export const handlers: Record<string, Handler> = {
  getWechatMpAccessToken: wechatAccessToken,
  getWechatMpAccessTokenInfo: wechatAccessToken,
  // Users' journeys: sign-up, sign-in, profile, contacts, password, their own resources.
  signUp,
  signInByCredentials,
  signInByMobile,
  sendEmail,
  sendSms,
  getProfile,
  updateProfile,
  getSecurityLevel,
  bindEmail,
  unbindEmail,
  bindPhone,
  unbindPhone,
  verifyUpdateEmailRequest,
  updateEmail,
  verifyUpdatePhoneRequest,
  updatePhone,
  updatePassword,
  verifyResetPasswordRequest,
  resetPassword,
  verifyDeleteAccountRequest,
  deleteAccount,
  getLoginHistory,
  getLoggedInApps,
  getAccessibleApps,
  getTenantList: emptyList,
  getRoleList: emptyList,
  getGroupList: emptyList,
  getDepartmentList: emptyPage,
  getAuthorizedResources: emptyPage,
  getSystemInfo,
  getCountryList,
};
