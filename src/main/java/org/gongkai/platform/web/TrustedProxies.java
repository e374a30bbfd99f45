package org.gongkai.platform.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Trusts {@code X-Forwarded-For} and {@code X-Forwarded-Proto} only from the proxies in {@code gongkai.proxies}
 * (addresses or CIDR blocks): from one of them, the reader's address is the right-most address of
 * {@code X-Forwarded-For} that is not itself a proxy (what a client writes on the left is never believed), and the
 * scheme is the proxy's {@code X-Forwarded-Proto}. From anyone else the forwarded headers are dropped, so that no
 * client, on a private network or not, chooses the address the per-address limits count.
 */
class TrustedProxies extends OncePerRequestFilter {

	private static final List<String> FORWARDED = List.of("forwarded", "x-forwarded-for", "x-forwarded-proto",
			"x-forwarded-host", "x-forwarded-port", "x-forwarded-prefix", "x-real-ip");

	private final List<Block> proxies;

	TrustedProxies(List<String> proxies) {
		this.proxies = proxies.stream().map(String::strip).filter(p -> !p.isEmpty()).map(Block::parse).toList();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(trusted(request.getRemoteAddr()) ? new Forwarded(request) : new Unforwarded(request), response);
	}

	boolean trusted(String address) {
		InetAddress parsed = literal(address);
		return parsed != null && proxies.stream().anyMatch(block -> block.contains(parsed));
	}

	/** An IP literal, never a name lookup. */
	private static InetAddress literal(String address) {
		if (address == null || address.isBlank() || !address.strip().matches("[0-9a-fA-F:.\\[\\]%]+")) {
			return null;
		}
		try {
			return InetAddress.getByName(address.strip().replace("[", "").replace("]", ""));
		}
		catch (UnknownHostException e) {
			return null;
		}
	}

	/** An address with its prefix length. */
	private record Block(byte[] network, int bits) {

		static Block parse(String text) {
			int slash = text.indexOf('/');
			InetAddress address = literal(slash < 0 ? text : text.substring(0, slash));
			if (address == null) {
				throw new IllegalArgumentException("gongkai.proxies: not an address or CIDR block: " + text);
			}
			byte[] bytes = address.getAddress();
			return new Block(bytes, slash < 0 ? bytes.length * 8 : Integer.parseInt(text.substring(slash + 1)));
		}

		boolean contains(InetAddress address) {
			byte[] other = address.getAddress();
			if (other.length != network.length) {
				return false;
			}
			for (int bit = 0; bit < bits; bit++) {
				int mask = 0x80 >> (bit % 8);
				if ((network[bit / 8] & mask) != (other[bit / 8] & mask)) {
					return false;
				}
			}
			return true;
		}

	}

	/** A request from a trusted proxy, seen as the reader's. */
	private final class Forwarded extends HttpServletRequestWrapper {

		private final String client;

		private final String scheme;

		Forwarded(HttpServletRequest request) {
			super(request);
			List<String> chain = new ArrayList<>();
			for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
				for (String part : header.split(",")) {
					if (!part.isBlank()) {
						chain.add(part.strip());
					}
				}
			}
			String found = request.getRemoteAddr();
			for (int i = chain.size() - 1; i >= 0; i--) {
				found = chain.get(i);
				if (!trusted(found)) {
					break;
				}
			}
			this.client = literal(found) == null ? request.getRemoteAddr() : found;
			String proto = request.getHeader("X-Forwarded-Proto");
			String last = proto == null ? null : proto.substring(proto.lastIndexOf(',') + 1).strip().toLowerCase(Locale.ROOT);
			this.scheme = "https".equals(last) || "http".equals(last) ? last : request.getScheme();
		}

		@Override
		public String getRemoteAddr() {
			return client;
		}

		@Override
		public String getRemoteHost() {
			return client;
		}

		@Override
		public String getScheme() {
			return scheme;
		}

		@Override
		public boolean isSecure() {
			return "https".equals(scheme);
		}

	}

	/** A request from anyone else, without the headers only a proxy may set. */
	private static final class Unforwarded extends HttpServletRequestWrapper {

		Unforwarded(HttpServletRequest request) {
			super(request);
		}

		private static boolean hidden(String name) {
			return name != null && FORWARDED.contains(name.toLowerCase(Locale.ROOT));
		}

		@Override
		public String getHeader(String name) {
			return hidden(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			return Collections.enumeration(
					Collections.list(super.getHeaderNames()).stream().filter(name -> !hidden(name)).toList());
		}

	}

}
