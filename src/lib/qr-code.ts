/**
 * QR codes for printed pages, made at build time as inline SVG with the `qrcode` package, so the
 * printed leave-behind links its role page with no third-party service and no request.
 */
import QRCode from 'qrcode';

/** An SVG QR code for `url`, black on white, sized by the page's CSS. */
export async function buildQrSvg(url: string): Promise<string> {
	return QRCode.toString(url, {
		type: 'svg',
		errorCorrectionLevel: 'M',
		margin: 2,
		color: { dark: '#000000', light: '#ffffff' },
	});
}
