package org.gongkai.channels;

/**
 * A 政务新媒体 account to register.
 *
 * @param platform the platform, such as 微信公众号, 微博, 抖音, 今日头条
 * @param sponsor the 主办单位
 * @param channelId the channel that delivers to it, if any; its ledger dates the account's last update
 */
public record NewMediaAccount(String platform, String name, String sponsor, Long channelId) {
}
