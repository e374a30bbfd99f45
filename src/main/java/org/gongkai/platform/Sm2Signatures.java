package org.gongkai.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Base64;

import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * SM2 signatures (GB/T 32918, with the default signer identity 1234567812345678 of GB/T 35276, DER-encoded) over
 * published files: the site manifest of every generation written with {@code gongkai.crypto=sm} is signed, and the
 * integrity check verifies the signature. The private key is kept like the other secrets ({@link KeyFiles}):
 * {@code keys/site-sm2.key}, 256 random bits from which the scalar is taken, or {@code gongkai.site-sm2-key}; the
 * public key is published on the portal (PEM, {@code /sm2-public-key.pem}) so that anyone can verify.
 */
@Component
public class Sm2Signatures {

	/** The key's file in {@code keys/}. */
	public static final String KEY_FILE = "site-sm2.key";

	private static final X9ECParameters CURVE = GMNamedCurves.getByName("sm2p256v1");

	private static final ECDomainParameters DOMAIN = new ECNamedDomainParameters(GMObjectIdentifiers.sm2p256v1,
			CURVE);

	private final GongkaiProperties properties;

	private final String configured;

	private volatile ECPrivateKeyParameters privateKey;

	public Sm2Signatures(GongkaiProperties properties, @Value("${gongkai.site-sm2-key:}") String configured) {
		this.properties = properties;
		this.configured = configured;
	}

	/** Signs {@code content}; the signature in base64. */
	public String sign(byte[] content) {
		SM2Signer signer = new SM2Signer();
		signer.init(true, key());
		signer.update(content, 0, content.length);
		try {
			return Base64.getEncoder().encodeToString(signer.generateSignature());
		}
		catch (CryptoException e) {
			throw new IllegalStateException("cannot sign with SM2", e);
		}
	}

	/** Whether {@code signature} (base64) is this installation's signature of {@code content}. */
	public boolean verify(byte[] content, String signature) {
		return verify(publicKey(), content, signature);
	}

	static boolean verify(ECPublicKeyParameters publicKey, byte[] content, String signature) {
		byte[] decoded;
		try {
			decoded = Base64.getDecoder().decode(signature.strip());
		}
		catch (IllegalArgumentException e) {
			return false;
		}
		SM2Signer verifier = new SM2Signer();
		verifier.init(false, publicKey);
		verifier.update(content, 0, content.length);
		return verifier.verifySignature(decoded);
	}

	/** The public key as PEM (SubjectPublicKeyInfo), as the portal publishes it. */
	public String publicKeyPem() {
		try {
			byte[] der = SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(publicKey()).getEncoded();
			return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der)
					+ "\n-----END PUBLIC KEY-----\n";
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	ECPublicKeyParameters publicKey() {
		ECPrivateKeyParameters key = key();
		return new ECPublicKeyParameters(DOMAIN.getG().multiply(key.getD()).normalize(), DOMAIN);
	}

	private ECPrivateKeyParameters key() {
		ECPrivateKeyParameters key = privateKey;
		if (key == null) {
			byte[] secret = KeyFiles.secret(properties, KEY_FILE, configured);
			// a scalar in 1 … n-2: 256 random bits reduced, as uniform as the curve needs
			BigInteger d = new BigInteger(1, secret).mod(DOMAIN.getN().subtract(BigInteger.TWO)).add(BigInteger.ONE);
			key = new ECPrivateKeyParameters(d, DOMAIN);
			privateKey = key;
		}
		return key;
	}

}
