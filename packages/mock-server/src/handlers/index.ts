import type { Handler } from "../handler.js";
import { bindEmail, bindPhone, unbindEmail, unbindPhone } from "./contact-binding.js";
import { updateEmail, updatePhone, verifyUpdateEmailRequest, verifyUpdatePhoneRequest } from "./contact-update.js";
import { deleteAccount, verifyDeleteAccountRequest } from "./delete-account.js";
import { sendEmail, sendSms } from "./messaging.js";
import { enrollFactor, sendEnrollFactorRequest } from "./mfa-enrollment.js";
import { getFactor, listEnrolledFactors, listFactorsToEnroll, resetFactor } from "./mfa-factors.js";
import { mfaOtpVerify } from "./mfa-otp.js";
import { getDepartmentList, getGroupList, getRoleList, getTenantList } from "./my-memberships.js";
import {
  checkPermission,
  getAuthorizedResources,
  getUserAuthorizedResourcesList,
  getUserAuthResourcePermissionList,
  getUserAuthResourceStruct,
} from "./my-permissions.js";
import { getAccessibleApps, getLoggedInApps, getLoginHistory } from "./my-resources.js";
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
  // Users' journeys: sign-up, sign-in, profile, contacts, password, their apps and sign-ins.
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
  // The user's MFA factors: enrolment, listing, unbinding, OTP checks.
  sendEnrollFactorRequest,
  enrollFactor,
  listEnrolledFactors,
  getFactor,
  resetFactor,
  listFactorsToEnroll,
  mfaOtpVerify,
  // What the user belongs to and may do, answered from the Management API's state.
  getTenantList,
  getGroupList,
  getDepartmentList,
  getRoleList,
  getAuthorizedResources,
  checkPermissionByStringResource: checkPermission,
  checkPermissionByArrayResource: checkPermission,
  checkPermissionByTreeResource: checkPermission,
  getUserAuthorizedResourcesList,
  getUserAuthResourcePermissionList,
  getUserAuthResourceStruct,
  getSystemInfo,
  getCountryList,
};
